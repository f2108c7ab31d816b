package org.openpes.services.crossborder;

/** A language a vacancy asks for: its ISO 639-1 code (lower case) and the CEFR level. */
public record LanguageRequirement(String code, Cefr level) {
    @Override
    public String toString() {
        return code + ":" + level;
    }
}
