package org.openpes.reference.esco;

/** An occupation–skill relation; essential relations weigh more than optional ones in matching. */
public record OccupationSkill(String occupationUri, String skillUri, boolean essential) {
}
