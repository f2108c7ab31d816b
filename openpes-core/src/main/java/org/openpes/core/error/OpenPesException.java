package org.openpes.core.error;

import java.util.List;

/** An error with a stable {@link ErrorCode}; its message reads {@code OPES-XXX-000: human text}. */
public class OpenPesException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode errorCode;
    private final transient List<Object> args;

    public OpenPesException(ErrorCode errorCode, Object... args) {
        this(null, errorCode, args);
    }

    public OpenPesException(Throwable cause, ErrorCode errorCode, Object... args) {
        super(errorCode.code() + ": " + errorCode.format(args), cause);
        this.errorCode = errorCode;
        this.args = java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone()));
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The message without the code prefix. */
    public String detail() {
        return errorCode.format(args.toArray());
    }
}
