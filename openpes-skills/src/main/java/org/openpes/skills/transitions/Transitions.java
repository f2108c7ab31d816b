package org.openpes.skills.transitions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.Occupation;
import org.openpes.reference.esco.OccupationSkill;

/**
 * Career transitions by skill similarity (after Nesta's Career Causeways): every ESCO occupation is a weighted set
 * of skills (essential 2, optional 1); the similarity of two occupations is the weighted Jaccard index of their
 * sets; the gap of a transition is the target's essential skills the origin does not have.
 */
public final class Transitions {
    private final Esco esco;
    private final Map<String, Map<String, Double>> profiles = new HashMap<>();

    /** A viable transition: the target occupation, its similarity (0..1) and the essential skills to acquire. */
    public record Transition(String occupationUri, String label, double similarity, List<String> skillsGap) {
    }

    public Transitions(Esco esco) {
        this.esco = esco;
        for (OccupationSkill os : esco.occupationSkills()) {
            profiles.computeIfAbsent(os.occupationUri(), k -> new HashMap<>()).merge(os.skillUri(),
                    os.essential() ? 2.0 : 1.0, Math::max);
        }
    }

    /**
     * The {@code k} most similar occupations to {@code originUri}, optionally keeping only those {@code inDemand}
     * accepts (e.g. occupations with vacancies in the province).
     */
    public List<Transition> from(String originUri, int k, Predicate<String> inDemand) {
        Occupation origin = esco.occupation(originUri)
                .orElseThrow(() -> new OpenPesException(ErrorCode.SKL_004, "occupation", originUri));
        return from(profiles.getOrDefault(origin.uri(), Map.of()), Set.of(origin.uri()), k, inDemand);
    }

    /**
     * The same from a set of held skills (a person), weighting each held skill 2; the {@code current} occupations
     * (the person's own) are not transitions and are left out.
     */
    public List<Transition> fromSkills(Set<String> skills, Set<String> current, int k, Predicate<String> inDemand) {
        Map<String, Double> p = new HashMap<>();
        skills.forEach(s -> p.put(s, 2.0));
        return from(p, current, k, inDemand);
    }

    private List<Transition> from(Map<String, Double> origin, Set<String> exclude, int k,
            Predicate<String> inDemand) {
        if (k < 1 || k > 200) {
            throw new OpenPesException(ErrorCode.SKL_005, "limit", "must be between 1 and 200, got " + k);
        }
        List<Transition> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : profiles.entrySet()) {
            if (exclude.contains(e.getKey()) || !inDemand.test(e.getKey())) {
                continue;
            }
            double similarity = weightedJaccard(origin, e.getValue());
            if (similarity > 0) {
                out.add(new Transition(e.getKey(), label(e.getKey()), Math.round(similarity * 10000) / 10000.0,
                        List.of()));
            }
        }
        out.sort((a, b) -> a.similarity() != b.similarity() ? Double.compare(b.similarity(), a.similarity())
                : a.occupationUri().compareTo(b.occupationUri()));
        List<Transition> top = new ArrayList<>();
        for (Transition t : out.subList(0, Math.min(k, out.size()))) {
            List<String> gap = new ArrayList<>();
            for (OccupationSkill os : esco.skillsOf(t.occupationUri())) {
                if (os.essential() && !origin.containsKey(os.skillUri())) {
                    gap.add(esco.skill(os.skillUri()).map(s -> s.preferredLabel()).orElse(os.skillUri()));
                }
            }
            top.add(new Transition(t.occupationUri(), t.label(), t.similarity(), gap));
        }
        return top;
    }

    private String label(String uri) {
        return esco.occupation(uri).map(Occupation::preferredLabel).orElse(uri);
    }

    static double weightedJaccard(Map<String, Double> a, Map<String, Double> b) {
        double min = 0;
        double max = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double o = b.getOrDefault(e.getKey(), 0.0);
            min += Math.min(e.getValue(), o);
            max += Math.max(e.getValue(), o);
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                max += e.getValue();
            }
        }
        return max == 0 ? 0 : min / max;
    }
}
