package org.openpes.observatory.ingest;

import org.openpes.core.error.ErrorCode;

/** Why a CO row was refused: a stable code and a message naming the file, the row and the field. */
public record Violation(ErrorCode code, String message) {
    static Violation of(ErrorCode code, Object... args) {
        return new Violation(code, code.code() + ": " + code.format(args));
    }
}
