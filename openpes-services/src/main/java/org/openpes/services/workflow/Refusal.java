package org.openpes.services.workflow;

import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** Why a use case or a transition was refused: a stable code and its message's arguments. */
public record Refusal(ErrorCode code, Object... args) {
    /** The human message, with the code in front. */
    public String message() {
        return code.code() + ": " + code.format(args);
    }

    /** The refusal as the exception the adapters (HTTP, CLI) turn into a problem document or an exit line. */
    public OpenPesException toException() {
        return new OpenPesException(code, args);
    }

    @Override
    public String toString() {
        return message();
    }
}
