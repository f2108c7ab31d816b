package org.openpes.skills.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.Skill;
import org.openpes.skills.text.Analysis;
import org.openpes.skills.text.Language;
import org.openpes.skills.titles.Label;
import org.openpes.skills.titles.LexicalEncoder;
import org.openpes.skills.titles.OccupationMatch;
import org.openpes.skills.titles.TitleNormaliser;
import org.openpes.skills.titles.Tuning;

/**
 * Finds ESCO skills in free text (vacancy descriptions, CVs). Every window of one to {@link #MAX_WINDOW} words is
 * compared with the skills' preferred and alternative labels by the same lexical similarity as job titles; a skill's
 * confidence is its best window's similarity, and the window is reported as the matched span. The skill labels the
 * product carries are English, so this works on English text; see docs/skills.md for Italian.
 */
public final class LexicalSkillExtractor implements SkillExtractor {
    static final int MAX_WINDOW = 4;
    /** Below this similarity a window is not evidence of a skill. */
    static final double MIN_CONFIDENCE = 0.35;
    /** A word of a skill text: letters and digits, with + # . - inside (C++, C#, Node.js, e-mail). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#.\\-]*");

    private final Esco esco;
    private final TitleNormaliser index;

    public LexicalSkillExtractor(Esco esco) {
        this.esco = esco;
        List<Label> labels = new ArrayList<>();
        for (Skill s : esco.skills()) {
            labels.add(new Label(s.uri(), s.uri(), s.preferredLabel()));
            for (String alt : s.altLabels()) {
                labels.add(new Label(s.uri(), s.uri(), alt));
            }
        }
        this.index = TitleNormaliser.build(labels, Map.of(), new LexicalEncoder(Language.EN),
                new Tuning(0.5f, 0f, 0f, 0f, 1f));
    }

    @Override
    public List<SkillMention> extract(String text, int k) {
        if (text == null || text.isBlank()) {
            throw new OpenPesException(ErrorCode.SKL_002, "text");
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        boolean[] content = new boolean[words.size()];
        for (int i = 0; i < content.length; i++) {
            content[i] = !Analysis.words(text.substring(words.get(i)[0], words.get(i)[1]), Language.EN).isEmpty();
        }
        Map<String, SkillMention> best = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 1; n <= MAX_WINDOW && i + n <= words.size(); n++) {
                if (!content[i] || !content[i + n - 1]) {
                    continue; // a span neither starts nor ends with a stop word
                }
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String span = text.substring(start, end);
                for (OccupationMatch hit : index.rank(span, 5)) {
                    double confidence = Math.min(1.0, hit.score());
                    SkillMention prior = best.get(hit.uri());
                    if (confidence >= MIN_CONFIDENCE && (prior == null || confidence > prior.confidence())) {
                        best.put(hit.uri(), new SkillMention(hit.uri(), esco.skill(hit.uri()).orElseThrow()
                                .preferredLabel(), span, start, end, confidence));
                    }
                }
            }
        }
        List<SkillMention> out = new ArrayList<>(best.values());
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return out.subList(0, Math.min(k, out.size()));
    }
}
