package org.openpes.skills.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** The languages OpenPES normalises: those of the ESCO occupation labels it carries. */
public enum Language {
    IT, EN, FR, ES, DE, NL, SV;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an ISO 639-1 code, answering an unsupported one with OPES-SKL-001 naming the field. */
    public static Language of(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new OpenPesException(ErrorCode.SKL_001, field, String.valueOf(code), supported());
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OpenPesException(ErrorCode.SKL_001, field, code, supported());
        }
    }

    public static String supported() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
