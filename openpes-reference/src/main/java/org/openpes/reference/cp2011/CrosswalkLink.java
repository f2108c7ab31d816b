package org.openpes.reference.cp2011;

/** One link of the official CP2011 ↔ ESCO crosswalk, with its SKOS relation (exact, close, broad, narrow). */
public record CrosswalkLink(String cp2011Code, String escoUri, String escoLabelIt, String relation) {
}
