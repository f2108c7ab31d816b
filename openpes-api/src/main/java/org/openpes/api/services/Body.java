package org.openpes.api.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** A request's JSON body, read field by field with errors that name the field (OPES-SRV-004). */
final class Body {
    private static final int MAX_BYTES = 64 * 1024;
    private final JsonNode node;

    private Body(JsonNode node) {
        this.node = node;
    }

    static Body of(Context ctx, ObjectMapper json) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BYTES) {
            throw new OpenPesException(ErrorCode.SRV_004, "body", "larger than 64 KiB");
        }
        try {
            JsonNode n = json.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new OpenPesException(ErrorCode.SRV_004, "body", "a JSON object is expected");
            }
            return new Body(n);
        } catch (IOException e) {
            throw new OpenPesException(ErrorCode.SRV_004, "body", "not well-formed JSON");
        }
    }

    JsonNode node() {
        return node;
    }

    String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new OpenPesException(ErrorCode.SRV_004, field, "required");
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new OpenPesException(ErrorCode.SRV_004, field, "must be text");
        }
        if (v.asText().length() > 2000) {
            throw new OpenPesException(ErrorCode.SRV_004, field, "longer than 2000 characters");
        }
        return v.asText();
    }

    String optionalText(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : text(field);
    }

    /** A true/false answer; absent means false. */
    boolean flag(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new OpenPesException(ErrorCode.SRV_004, field, "true or false");
        }
        return v.asBoolean();
    }

    /** The object {@code field}, as a body of its own (an empty one when absent). */
    Body object(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return new Body(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        }
        if (!v.isObject()) {
            throw new OpenPesException(ErrorCode.SRV_004, field, "a JSON object is expected");
        }
        return new Body(v);
    }

    int integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new OpenPesException(ErrorCode.SRV_004, field, "a whole number is required");
        }
        return v.asInt();
    }

    LocalDate date(String field) {
        String v = optionalText(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new OpenPesException(ErrorCode.SRV_004, field, "a date, YYYY-MM-DD");
        }
    }

    <E extends Enum<E>> E oneOf(String field, Class<E> type) {
        String v = text(field);
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OpenPesException(ErrorCode.SRV_004, field, "one of " + java.util.Arrays.toString(
                    type.getEnumConstants()));
        }
    }
}
