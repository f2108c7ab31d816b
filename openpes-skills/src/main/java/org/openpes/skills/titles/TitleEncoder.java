package org.openpes.skills.titles;

import java.util.Map;

/**
 * Turns a short text into weighted features for similarity search. The lexical encoder is the default; an embedding
 * model, when one is available offline, plugs in here and the index, ranking and benchmark stay unchanged.
 */
public interface TitleEncoder {
    /** Raw (un-normalised) feature counts of {@code text}; the index applies IDF and normalisation. */
    Map<String, Float> features(String text);
}
