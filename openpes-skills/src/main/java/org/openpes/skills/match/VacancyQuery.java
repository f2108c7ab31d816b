package org.openpes.skills.match;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * A vacancy compiled for scoring: its skills as ids (essential first, at most 64), their weights, and for every
 * skill id a seeker may hold, which of the vacancy's skills it satisfies fully (bit j of {@code full}) or partly
 * (bit j of {@code partial}). Hard filters: a distance cap ({@code maxKm}, 0 = each seeker's own radius) and a
 * required driving licence.
 */
final class VacancyQuery {
    static final int MAX_SKILLS = 64;

    final VacancyProfile vacancy;
    final int[] skills;
    final int[][] related;
    final double[] weights;
    final double totalWeight;
    final int essentialCount;
    final int[] keys;
    final long[] full;
    final long[] partial;
    final int occupation;
    final int iscoUnit;
    final int comune;
    final int province;
    final boolean permanent;
    final boolean fullTime;
    final int minIsced;
    final int maxKm;
    final String requiredLicence;

    /** The same compiled vacancy with other hard filters; the arrays are shared, not copied. */
    VacancyQuery withFilters(int maxKm, String requiredLicence) {
        return new VacancyQuery(this, maxKm, requiredLicence);
    }

    private VacancyQuery(VacancyQuery o, int maxKm, String requiredLicence) {
        this.vacancy = o.vacancy;
        this.skills = o.skills;
        this.related = o.related;
        this.weights = o.weights;
        this.totalWeight = o.totalWeight;
        this.essentialCount = o.essentialCount;
        this.keys = o.keys;
        this.full = o.full;
        this.partial = o.partial;
        this.occupation = o.occupation;
        this.iscoUnit = o.iscoUnit;
        this.comune = o.comune;
        this.province = o.province;
        this.permanent = o.permanent;
        this.fullTime = o.fullTime;
        this.minIsced = o.minIsced;
        this.maxKm = maxKm;
        this.requiredLicence = requiredLicence == null || requiredLicence.isBlank() ? null : requiredLicence;
    }

    VacancyQuery(VacancyProfile v, SkillSpace space, Codes codes, int maxKm, String requiredLicence) {
        this.vacancy = v;
        LinkedHashSet<Integer> ids = new LinkedHashSet<>();
        for (String s : v.essentialSkills()) {
            addSkill(ids, space.id(s));
        }
        this.essentialCount = ids.size();
        for (String s : v.optionalSkills()) {
            addSkill(ids, space.id(s));
        }
        this.skills = ids.stream().mapToInt(Integer::intValue).toArray();
        this.related = new int[skills.length][];
        this.weights = new double[skills.length];
        double total = 0;
        Map<Integer, long[]> masks = new TreeMap<>();
        for (int j = 0; j < skills.length; j++) {
            related[j] = space.related(skills[j]);
            weights[j] = j < essentialCount ? Weights.ESSENTIAL : Weights.OPTIONAL;
            total += weights[j];
            masks.computeIfAbsent(skills[j], k -> new long[2])[0] |= 1L << j;
            for (int r : space.related(skills[j])) {
                masks.computeIfAbsent(r, k -> new long[2])[1] |= 1L << j;
            }
        }
        this.totalWeight = total;
        this.keys = new int[masks.size()];
        this.full = new long[masks.size()];
        this.partial = new long[masks.size()];
        int i = 0;
        for (Map.Entry<Integer, long[]> e : masks.entrySet()) {
            keys[i] = e.getKey();
            full[i] = e.getValue()[0];
            partial[i++] = e.getValue()[1];
        }
        this.occupation = codes.occupation(v.occupationUri());
        this.iscoUnit = codes.iscoUnit(v.occupationUri());
        this.comune = codes.comune(v.comune());
        this.province = codes.geography().province(v.comune());
        this.permanent = codes.permanent(v.contractType());
        this.fullTime = "F".equals(v.workingTime());
        this.minIsced = v.minIsced();
        this.maxKm = maxKm;
        this.requiredLicence = requiredLicence == null || requiredLicence.isBlank() ? null : requiredLicence;
    }

    private static void addSkill(LinkedHashSet<Integer> ids, int id) {
        if (id >= 0 && ids.size() < MAX_SKILLS) {
            ids.add(id);
        }
    }

    /** Bit masks (full, partial) of the vacancy skills that seeker skills {@code seekerSkills[from..to)} satisfy. */
    long[] credits(int[] seekerSkills, int from, int to) {
        long f = 0;
        long p = 0;
        for (int i = from; i < to; i++) {
            int k = Arrays.binarySearch(keys, seekerSkills[i]);
            if (k >= 0) {
                f |= full[k];
                p |= partial[k];
            }
        }
        return new long[] {f, p};
    }

    /** Coverage sum for the given masks, adding in skill order (the indexed path adds in the same order). */
    double coverage(long fullBits, long partialBits) {
        double acc = 0;
        for (int j = 0; j < skills.length; j++) {
            if ((fullBits & (1L << j)) != 0) {
                acc += weights[j];
            } else if ((partialBits & (1L << j)) != 0) {
                acc += weights[j] * Weights.RELATED_CREDIT;
            }
        }
        return acc;
    }

    int[] related(int j) {
        return related[j];
    }
}
