package org.openpes.skills.match;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.co.ContractGroup;
import org.openpes.reference.esco.Occupation;

/** Dense ids for occupations, ISCO unit groups and comuni, and the encodings of preferences, shared by both sides. */
final class Codes {
    static final byte ANY = 0;
    static final byte PERMANENT = 1;
    static final byte FIXED_TERM = 2;
    static final byte FULL_TIME = 1;
    static final byte PART_TIME = 2;

    private final ReferenceData reference;
    private final Geography geography;
    private final Map<String, Integer> occupations = new HashMap<>();
    private final java.util.List<String> occupationUris = new java.util.ArrayList<>();
    private final Map<String, Integer> iscoUnits = new HashMap<>();
    private final Map<String, Integer> comuni = new HashMap<>();

    Codes(ReferenceData reference, Geography geography) {
        this.reference = reference;
        this.geography = geography;
        for (Occupation o : reference.esco().occupations()) {
            occupations.put(o.uri(), occupations.size());
            occupationUris.add(o.uri());
            iscoUnits.putIfAbsent(o.iscoCode(), iscoUnits.size());
        }
        reference.territories().comuni().forEach(c -> comuni.put(c.code(), comuni.size()));
    }

    Geography geography() {
        return geography;
    }

    int occupation(String uri) {
        return uri == null ? -1 : occupations.getOrDefault(uri, -1);
    }

    /** The URI of occupation id {@code id}, or null for -1. */
    String occupationUri(int id) {
        return id < 0 ? null : occupationUris.get(id);
    }

    int iscoUnit(String occupationUri) {
        if (occupationUri == null) {
            return -1;
        }
        return reference.esco().occupation(occupationUri).map(o -> iscoUnits.getOrDefault(o.iscoCode(), -1))
                .orElse(-1);
    }

    /** How many ISCO unit groups the occupations use: the bound of {@link #iscoUnit}. */
    int iscoUnitCount() {
        return iscoUnits.size();
    }

    int comune(String code) {
        return code == null ? -1 : comuni.getOrDefault(code, -1);
    }

    boolean permanent(String contractType) {
        return reference.coCodes().contractType(contractType).map(c -> c.group() == ContractGroup.PERMANENT)
                .orElse(false);
    }

    static byte contractPreference(String s) {
        return switch (s == null ? "ANY" : s.toUpperCase(Locale.ROOT)) {
            case "PERMANENT" -> PERMANENT;
            case "FIXED_TERM" -> FIXED_TERM;
            default -> ANY;
        };
    }

    static byte availability(String s) {
        return switch (s == null ? "ANY" : s.toUpperCase(Locale.ROOT)) {
            case "FULL_TIME" -> FULL_TIME;
            case "PART_TIME" -> PART_TIME;
            default -> ANY;
        };
    }
}
