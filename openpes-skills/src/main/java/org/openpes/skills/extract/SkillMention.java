package org.openpes.skills.extract;

/**
 * An ESCO skill found in a text: the skill, the words of the text that matched ({@code span}, with its character
 * offsets) and a confidence in 0..1 (the lexical similarity of the span to the skill's closest label).
 */
public record SkillMention(String uri, String label, String span, int start, int end, double confidence) {
}
