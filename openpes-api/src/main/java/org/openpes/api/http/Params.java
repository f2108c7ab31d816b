package org.openpes.api.http;

import io.javalin.http.Context;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** Reading query parameters with clear 400 errors that name the parameter. */
public final class Params {
    private Params() {
    }

    public static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new OpenPesException(ErrorCode.API_001, name);
        }
        if (v.length() > 500) {
            throw new OpenPesException(ErrorCode.API_002, name, "longer than 500 characters");
        }
        return v.strip();
    }

    public static String optional(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : required(ctx, name);
    }

    public static int intInRange(Context ctx, String name, int defaultValue, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new OpenPesException(ErrorCode.API_002, name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new OpenPesException(ErrorCode.API_002, name, "must be a whole number");
        }
    }
}
