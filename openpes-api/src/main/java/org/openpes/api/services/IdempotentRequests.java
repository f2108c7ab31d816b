package org.openpes.api.services;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.services.pg.PgIdempotency;

/**
 * A changing request run once per {@code Idempotency-Key}: the key is reserved before the request runs and completed
 * with its answer after; a repetition with the same request gets the stored answer ({@code Idempotent-Replay: true}),
 * another request with the key is refused (OPES-SRV-015), one still running too (OPES-SRV-017); a refused request
 * releases its key.
 */
final class IdempotentRequests {
    /** The request's work. */
    @FunctionalInterface
    interface Run {
        void run() throws Exception;
    }

    private final PgIdempotency keys;

    IdempotentRequests(PgIdempotency keys) {
        this.keys = keys;
    }

    void once(Context ctx, String user, String key, Run work) throws Exception {
        if (key.isBlank() || key.length() > 100 || !key.matches("[\\x21-\\x7e]+")) {
            throw new OpenPesException(ErrorCode.SRV_004, "Idempotency-Key", "1 to 100 printable characters");
        }
        String request = sha256(ctx.method() + " " + ctx.path() + "\n" + ctx.body());
        var seen = keys.reserve(user, key, request);
        if (seen.isPresent()) {
            if (!seen.get().requestHash().equals(request)) {
                throw new OpenPesException(ErrorCode.SRV_015, key);
            }
            if (seen.get().running()) {
                throw new OpenPesException(ErrorCode.SRV_017, key);
            }
            String stored = seen.get().response();
            int newline = stored.indexOf('\n');
            ctx.status(Integer.parseInt(stored.substring(0, newline))).contentType("application/json")
                    .result(stored.substring(newline + 1));
            ctx.header("Idempotent-Replay", "true");
            return;
        }
        try {
            work.run();
        } catch (Exception | Error e) {
            keys.release(user, key);
            throw e;
        }
        keys.complete(user, key, ctx.status().getCode() + "\n" + Objects.requireNonNullElse(ctx.result(), ""));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
