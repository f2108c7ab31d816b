package org.openpes.reference.esco;

/** One label of an occupation or ISCO group in one language; {@code preferred} for form 000. */
public record OccupationLabel(String uri, String lang, boolean preferred, String text) {
}
