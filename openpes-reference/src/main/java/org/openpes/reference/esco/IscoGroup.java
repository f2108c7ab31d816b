package org.openpes.reference.esco;

/** An ISCO-08 group (levels 1 to 4) with its English and Italian labels. */
public record IscoGroup(String uri, String code, String labelEn, String labelIt) {
}
