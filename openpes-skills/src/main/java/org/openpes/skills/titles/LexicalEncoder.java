package org.openpes.skills.titles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpes.skills.text.Abbreviations;
import org.openpes.skills.text.Analysis;
import org.openpes.skills.text.Language;

/**
 * Lexical features of a title, after {@link Abbreviations} are expanded: analysed words (stems, "w:" prefix) and character n-grams of 3 to 5 characters taken
 * inside each padded stem ("g:" prefix). Word features catch the head noun exactly; n-grams catch compounds, partial
 * stems and gendered forms ("direttore" / "direttrice" share "dirett").
 */
public final class LexicalEncoder implements TitleEncoder {
    private final Language language;

    public LexicalEncoder(Language language) {
        this.language = language;
    }

    public Language language() {
        return language;
    }

    @Override
    public Map<String, Float> features(String text) {
        List<String> words = Analysis.words(Abbreviations.expand(text, language), language);
        Map<String, Float> f = new HashMap<>(words.size() * 16);
        for (String w : words) {
            f.merge("w:" + w, 1f, Float::sum);
            String padded = " " + w + " ";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    f.merge("g:" + padded.substring(i, i + n), 1f, Float::sum);
                }
            }
        }
        return f;
    }
}
