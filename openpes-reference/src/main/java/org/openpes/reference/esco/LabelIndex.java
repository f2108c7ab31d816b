package org.openpes.reference.esco;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.core.text.Folding;

/**
 * Look-up of occupations and skills by label: exact match of the folded label first, then labels that contain every
 * word of the query. This is a look-up for operators and the API, not the normaliser used for matching.
 */
public final class LabelIndex {
    private final Map<String, Map<String, Set<String>>> occupationByLang = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> skillByLang = new HashMap<>();

    LabelIndex(Esco esco) {
        for (OccupationLabel l : esco.occupationLabels()) {
            if (esco.occupation(l.uri()).isPresent()) {
                add(occupationByLang.computeIfAbsent(l.lang(), k -> new HashMap<>()), l.text(), l.uri());
            }
        }
        Map<String, Set<String>> en = occupationByLang.computeIfAbsent("en", k -> new HashMap<>());
        for (Occupation o : esco.occupations()) {
            add(en, o.preferredLabel(), o.uri());
            o.altLabels().forEach(a -> add(en, a, o.uri()));
        }
        Map<String, Set<String>> skillEn = skillByLang.computeIfAbsent("en", k -> new HashMap<>());
        for (Skill s : esco.skills()) {
            add(skillEn, s.preferredLabel(), s.uri());
            s.altLabels().forEach(a -> add(skillEn, a, s.uri()));
        }
        esco.italianSkillLabels().forEach((uri, texts) -> texts.forEach(
                t -> add(skillByLang.computeIfAbsent("it", k -> new HashMap<>()), t, uri)));
    }

    private static void add(Map<String, Set<String>> index, String label, String uri) {
        String key = Folding.fold(label);
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(uri);
        }
    }

    /** Occupation URIs whose label in {@code lang} matches {@code query}, best first, at most {@code limit}. */
    public List<String> occupations(String query, String lang, int limit) {
        if (!Esco.OCCUPATION_LANGUAGES.contains(lang)) {
            throw new OpenPesException(ErrorCode.REF_005, lang, String.join(", ", Esco.OCCUPATION_LANGUAGES));
        }
        return search(occupationByLang.getOrDefault(lang, Map.of()), query, limit);
    }

    /**
     * Skill URIs whose label in {@code lang} matches. OpenPES carries ESCO skill labels in English; Italian is there
     * when the region's reference overlay adds {@code esco/skills_it.csv} (docs/reference-data.md).
     */
    public List<String> skills(String query, String lang, int limit) {
        Map<String, Set<String>> index = skillByLang.get(lang);
        if (index == null) {
            throw new OpenPesException(ErrorCode.REF_005, lang, String.join(", ",
                    new java.util.TreeSet<>(skillByLang.keySet())) + " (OpenPES carries ESCO skill labels in English;"
                    + " see docs/reference-data.md to add Italian)");
        }
        return search(index, query, limit);
    }

    private static List<String> search(Map<String, Set<String>> index, String query, int limit) {
        String key = Folding.fold(query);
        if (key.isEmpty()) {
            throw new OpenPesException(ErrorCode.VAL_001, "label");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>(index.getOrDefault(key, Set.of()));
        if (out.size() < limit) {
            String[] words = key.split(" ");
            List<Map.Entry<String, Set<String>>> partial = new ArrayList<>();
            for (Map.Entry<String, Set<String>> e : index.entrySet()) {
                if (containsAll(e.getKey(), words)) {
                    partial.add(e);
                }
            }
            partial.sort(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)
                    .thenComparing(java.util.Comparator.naturalOrder())));
            for (Map.Entry<String, Set<String>> e : partial) {
                out.addAll(e.getValue());
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out.stream().limit(limit).toList();
    }

    private static boolean containsAll(String label, String[] words) {
        for (String w : words) {
            if (!label.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
