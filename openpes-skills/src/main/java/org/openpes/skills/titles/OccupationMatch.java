package org.openpes.skills.titles;

/** A ranked occupation (or ISCO group) for a title: the concept, its score and the label that matched best. */
public record OccupationMatch(String uri, double score, String matchedLabel) {
}
