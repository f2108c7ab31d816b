package org.openpes.core.identity;

import java.util.Set;

/** The observatory's three citizenship groups: Italian, of another EU member state, of any other country. */
public enum CitizenshipGroup {
    IT, EU, NON_EU;

    private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FR", "GR", "HR", "HU", "IE", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    /** The group of an ISO 3166 alpha-2 country code. */
    public static CitizenshipGroup of(String country) {
        return "IT".equals(country) ? IT : EU_MEMBERS.contains(country) ? EU : NON_EU;
    }
}
