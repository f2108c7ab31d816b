package org.openpes.skills.match;

/**
 * Ranks job seekers for a vacancy, exactly, without scoring every profile (a MaxScore-style bound). Only a profile
 * that shares the vacancy's ISCO unit group can earn occupation credit, and only one that holds a vacancy skill (or a
 * related one) can earn skill credit; the store's inverted lists find them. The ranker reads the ISCO list first, then
 * the vacancy skills from the rarest to the most common, scoring each new profile exactly. After each skill, a
 * profile not yet read can score at most {@code skills weight × (weight of the skills left) / (total weight) +}
 * {@link Weights#withoutSkillsOrOccupation()}; once the k-th best score is strictly above that, no unread profile can
 * enter the top k and the ranker stops. If the lists run out with the k-th best at or below the bound, it scores every
 * profile. So the answer always equals {@link #bruteForce}, which the tests and the benchmark check.
 */
public final class CandidateRanker {
    private final SeekerStore store;
    private final Weights weights;
    private final Geography geography;
    private final ThreadLocal<Scratch> scratch;

    /** The rows of the best seekers, best first; {@code fellBack} when the bound forced a full scan. */
    public record Ranking(int[] rows, int candidates, boolean fellBack) {
    }

    private static final class Scratch {
        final int[] seen;
        int epoch;

        Scratch(int n) {
            seen = new int[n];
        }
    }

    CandidateRanker(SeekerStore store, Weights weights, Geography geography) {
        this.store = store;
        this.weights = weights;
        this.geography = geography;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(store.size()));
    }

    Ranking top(VacancyQuery q, int k) {
        Scratch s = scratch.get();
        if (s.epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(s.seen, 0);
            s.epoch = 0;
        }
        int epoch = ++s.epoch;
        TopK top = new TopK(k);
        int read = 0;
        if (q.iscoUnit >= 0) {
            read += score(q, store.iscoPostings, store.iscoStart[q.iscoUnit], store.iscoStart[q.iscoUnit + 1], s,
                    epoch, top);
        }
        int[] order = rarestFirst(q);
        double left = 0;
        for (double w : q.weights) {
            left += w;
        }
        double rest = weights.withoutSkillsOrOccupation();
        for (int j : order) {
            read += score(q, store.postings, store.postingStart[q.skills[j]], store.postingStart[q.skills[j] + 1],
                    s, epoch, top);
            for (int r : q.related(j)) {
                read += score(q, store.postings, store.postingStart[r], store.postingStart[r + 1], s, epoch, top);
            }
            left -= q.weights[j];
            double bound = q.totalWeight == 0 ? rest : weights.skills() * Math.max(0, left) / q.totalWeight + rest;
            if (top.full() && top.floor() > bound + 1e-9) {
                return new Ranking(top.rows(), read, false);
            }
        }
        if (top.full() && top.floor() > rest + 1e-9) {
            return new Ranking(top.rows(), read, false);
        }
        return new Ranking(bruteForce(q, k).rows(), read, true);
    }

    /** Vacancy skill positions ordered by how many profiles hold the skill or a related one, fewest first. */
    private int[] rarestFirst(VacancyQuery q) {
        long[] keyed = new long[q.skills.length];
        for (int j = 0; j < keyed.length; j++) {
            long n = store.postingStart[q.skills[j] + 1] - store.postingStart[q.skills[j]];
            for (int r : q.related(j)) {
                n += store.postingStart[r + 1] - store.postingStart[r];
            }
            keyed[j] = n << 6 | j; // at most 64 vacancy skills
        }
        java.util.Arrays.sort(keyed);
        int[] order = new int[keyed.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = (int) (keyed[j] & 63);
        }
        return order;
    }

    /** Scores, exactly, each profile of {@code postings[from..to)} not yet scored for this query. */
    private int score(VacancyQuery q, int[] postings, int from, int to, Scratch s, int epoch, TopK top) {
        int read = 0;
        for (int i = from; i < to; i++) {
            int p = postings[i];
            if (s.seen[p] == epoch) {
                continue;
            }
            s.seen[p] = epoch;
            read++;
            long[] bits = q.credits(store.skills, store.skillStart[p], store.skillStart[p + 1]);
            double score = Factors.score(q, store, p, q.coverage(bits[0], bits[1]), weights, geography, null);
            if (score >= 0) {
                top.offer(score, p);
            }
        }
        return read;
    }

    /** Scores every profile: the baseline, and the reference the indexed path must equal. */
    Ranking bruteForce(VacancyQuery q, int k) {
        TopK top = new TopK(k);
        int n = store.size();
        for (int p = 0; p < n; p++) {
            long[] bits = q.credits(store.skills, store.skillStart[p], store.skillStart[p + 1]);
            double score = Factors.score(q, store, p, q.coverage(bits[0], bits[1]), weights, geography, null);
            if (score >= 0) {
                top.offer(score, p);
            }
        }
        return new Ranking(top.rows(), n, true);
    }
}
