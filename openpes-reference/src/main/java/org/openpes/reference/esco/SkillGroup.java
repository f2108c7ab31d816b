package org.openpes.reference.esco;

/** An ESCO skill group, including the ISCED-F fields of education ({@code http://data.europa.eu/esco/isced-f/...}). */
public record SkillGroup(String uri, String code, String label) {
    public boolean isIscedField() {
        return uri.startsWith("http://data.europa.eu/esco/isced-f/");
    }
}
