package org.openpes.reference.esco;

/** A skill–skill relation (a skill that is essential or optional for another one). */
public record SkillRelation(String fromSkillUri, String toSkillUri, boolean essential) {
}
