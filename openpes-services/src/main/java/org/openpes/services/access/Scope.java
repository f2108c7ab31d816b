package org.openpes.services.access;

import java.util.Locale;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * A part of the territorial tree: a region (ISTAT code, {@code 03}), a province (its historical ISTAT code, the first
 * three digits of its comuni's codes: {@code 015} for Milano) or a CPI (its code).
 * Written {@code region:03}, {@code province:015}, {@code cpi:F205C000031}.
 */
public record Scope(Level level, String code) {
    public enum Level {
        REGION, PROVINCE, CPI
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9]{2,16}");

    public Scope {
        if (level == null || code == null || !CODE.matcher(code).matches()) {
            throw new OpenPesException(ErrorCode.SRV_004, "scope", "a level and a code, e.g. region:03");
        }
    }

    public static Scope parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new OpenPesException(ErrorCode.SRV_004, "scope", "written level:code, e.g. region:03 or cpi:...");
        }
        try {
            return new Scope(Level.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT)),
                    text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new OpenPesException(ErrorCode.SRV_004, "scope", "the level is region, province or cpi");
        }
    }

    /** True when the place (a CPI in its province and region) lies inside this scope. */
    public boolean contains(Place place) {
        return switch (level) {
            case REGION -> code.equals(place.regionCode());
            case PROVINCE -> code.equals(place.provinceCode());
            case CPI -> code.equals(place.cpiCode());
        };
    }

    @Override
    public String toString() {
        return level.name().toLowerCase(Locale.ROOT) + ":" + code;
    }

    /** Where a record belongs: its CPI, with the CPI's province and region. */
    public record Place(String cpiCode, String provinceCode, String regionCode) {
    }
}
