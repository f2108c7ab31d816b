package org.openpes.skills.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.Skill;

/**
 * The baseline for skill extraction: a skill is found when one of its ESCO labels (preferred or alternative) occurs
 * word for word in the text, ignoring case. Longer labels rank first (they are more specific); confidence is 1.
 */
public final class ExactLabelExtractor implements SkillExtractor {
    private final Map<String, Skill> byLabel = new HashMap<>();
    private final int longest;

    public ExactLabelExtractor(Esco esco) {
        int max = 1;
        for (Skill s : esco.skills()) {
            max = Math.max(max, put(s.preferredLabel(), s));
        }
        for (Skill s : esco.skills()) { // an alternative label never hides another skill's preferred label
            for (String alt : s.altLabels()) {
                max = Math.max(max, put(alt, s));
            }
        }
        this.longest = max;
    }

    private int put(String label, Skill skill) {
        List<String> words = words(label);
        byLabel.putIfAbsent(String.join(" ", words), skill);
        return words.size();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LexicalSkillExtractor.WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(trimDot(m.group()));
        }
        return out;
    }

    private static String trimDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    @Override
    public List<SkillMention> extract(String text, int k) {
        if (text == null || text.isBlank()) {
            throw new OpenPesException(ErrorCode.SKL_002, "text");
        }
        List<int[]> offsets = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = LexicalSkillExtractor.WORD.matcher(text);
        while (m.find()) {
            offsets.add(new int[] {m.start(), m.end()});
            words.add(trimDot(m.group().toLowerCase(Locale.ROOT)));
        }
        Map<String, SkillMention> found = new LinkedHashMap<>();
        for (int n = Math.min(longest, words.size()); n >= 1; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                Skill s = byLabel.get(String.join(" ", words.subList(i, i + n)));
                if (s != null && !found.containsKey(s.uri())) {
                    int start = offsets.get(i)[0];
                    int end = offsets.get(i + n - 1)[1];
                    found.put(s.uri(), new SkillMention(s.uri(), s.preferredLabel(), text.substring(start, end),
                            start, end, 1.0));
                }
            }
        }
        List<SkillMention> out = new ArrayList<>(found.values());
        return out.subList(0, Math.min(k, out.size()));
    }
}
