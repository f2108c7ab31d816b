package org.openpes.skills.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Language-aware analysis of short texts (job titles, skill labels) with Lucene's analyzers: standard tokenisation
 * (so "direttore/direttrice" gives two words), elision (l', dell'), lower case, the language's stop words, its light
 * stemmer (plural and gender endings) and finally accent folding. Thread-safe: Lucene analyzers reuse per-thread
 * token streams.
 */
public final class Analysis {
    private static final CharArraySet ITALIAN_ELISIONS = new CharArraySet(List.of("c", "l", "all", "dall", "dell",
            "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"),
            true);
    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ANALYZERS.put(l, analyzerFor(l));
        }
    }

    private Analysis() {
    }

    /** The analysed words (stems) of {@code text}, in order. */
    public static List<String> words(String text, Language language) {
        List<String> out = new ArrayList<>(8);
        try (TokenStream ts = ANALYZERS.get(language).tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer analyzerFor(Language l) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = source;
                if (l == Language.IT) {
                    ts = new ElisionFilter(ts, ITALIAN_ELISIONS);
                } else if (l == Language.FR) {
                    ts = new ElisionFilter(ts, new CharArraySet(List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c",
                            "jusqu", "quoiqu", "lorsqu", "puisqu"), true));
                } else if (l == Language.EN) {
                    ts = new EnglishPossessiveFilter(ts);
                }
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, stopWords(l));
                ts = stemmer(l, ts);
                ts = new ASCIIFoldingFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private static CharArraySet stopWords(Language l) {
        return switch (l) {
            case IT -> ItalianAnalyzer.getDefaultStopSet();
            case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case FR -> FrenchAnalyzer.getDefaultStopSet();
            case ES -> SpanishAnalyzer.getDefaultStopSet();
            case DE -> GermanAnalyzer.getDefaultStopSet();
            case NL -> DutchAnalyzer.getDefaultStopSet();
            case SV -> SwedishAnalyzer.getDefaultStopSet();
        };
    }

    private static TokenStream stemmer(Language l, TokenStream ts) {
        return switch (l) {
            case IT -> new ItalianLightStemFilter(ts);
            case EN -> new PorterStemFilter(ts);
            case FR -> new FrenchLightStemFilter(ts);
            case ES -> new SpanishLightStemFilter(ts);
            case DE -> new GermanLightStemFilter(new GermanNormalizationFilter(ts));
            case NL -> new SnowballFilter(ts, new org.tartarus.snowball.ext.DutchStemmer());
            case SV -> new SwedishLightStemFilter(ts);
        };
    }
}
