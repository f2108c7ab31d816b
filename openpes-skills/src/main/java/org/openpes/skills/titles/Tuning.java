package org.openpes.skills.titles;

/**
 * The knobs of {@link TitleNormaliser}, in one place. {@link #DEFAULT} is what the product uses; it was chosen on the
 * Italian MELO set and is used unchanged for every language. {@link #CHAR_TFIDF} reproduces the published char
 * TF-IDF baseline (n-grams only, labels ranked one by one) so the benchmark can report a ratio in the same run.
 *
 * @param wordWeight        share of the word channel in the similarity (the rest goes to character n-grams)
 * @param secondLabelWeight weight of a concept's second-best label added to its best
 * @param parentWeight      share of the broader concept's score a concept inherits
 * @param childWeight       share of the best narrower concept's score a concept inherits
 * @param conceptWeight     when ranking labels, the share of the concept's score against the label's own (1: labels
 *                          are ranked concept by concept; 0: one by one)
 */
public record Tuning(float wordWeight, float secondLabelWeight, float parentWeight, float childWeight, float conceptWeight) {
    public static final Tuning DEFAULT = new Tuning(0.5f, 0.3f, 0.2f, 0.0f, 1f);
    public static final Tuning CHAR_TFIDF = new Tuning(0f, 0f, 0f, 0f, 0f);
}
