package org.openpes.reference.cp2011;

/** A CP2011 occupation (mostly fifth level, e.g. 2.1.1.4.1; the crosswalk maps 29 codes at levels 1-4) with its title. */
public record Cp2011Occupation(String code, String title) {
}
