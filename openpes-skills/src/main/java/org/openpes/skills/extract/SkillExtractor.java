package org.openpes.skills.extract;

import java.util.List;

/**
 * Finds ESCO skills in free text. Engines: {@link LexicalSkillExtractor} (the product's) and
 * {@link ExactLabelExtractor} (the benchmark baseline). Both obey SkillExtractorContractTest.
 */
public interface SkillExtractor {
    /**
     * The {@code k} most confident skills in {@code text}, best first, each skill once; OPES-SKL-002 if the text is
     * empty.
     */
    List<SkillMention> extract(String text, int k);
}
