package org.openpes.skills.match;

/**
 * Ranks job seekers for a vacancy. The indexed path reads only the profiles that share a skill (or a related
 * skill) or an ISCO unit group with the vacancy, through the store's inverted lists; every other profile scores at
 * most {@link Weights#withoutSkillsOrOccupation()}. When the k-th best candidate scores strictly above that bound,
 * the top k is exactly the brute-force top k; otherwise the ranker falls back to scoring every profile. So the
 * answer is always exact, and the benchmark checks it against {@link #bruteForce}.
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
        final double[] acc;
        final int[] stamp;
        final int[] seen;
        final int[] touched;
        int epoch;

        Scratch(int n) {
            acc = new double[n];
            stamp = new int[n];
            seen = new int[n];
            touched = new int[n];
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
        if (s.epoch > Integer.MAX_VALUE - 200) {
            java.util.Arrays.fill(s.stamp, 0);
            java.util.Arrays.fill(s.seen, 0);
            s.epoch = 0;
        }
        int queryEpoch = ++s.epoch;
        int touched = 0;
        for (int j = 0; j < q.skills.length; j++) {
            int tag = ++s.epoch;
            double w = q.weights[j];
            touched = visit(s, q.skills[j], w, tag, queryEpoch, touched);
            double partial = w * Weights.RELATED_CREDIT;
            for (int r : q.related(j)) {
                touched = visit(s, r, partial, tag, queryEpoch, touched);
            }
        }
        if (q.iscoUnit >= 0) {
            for (int i = store.iscoStart[q.iscoUnit]; i < store.iscoStart[q.iscoUnit + 1]; i++) {
                int p = store.iscoPostings[i];
                if (s.seen[p] != queryEpoch) {
                    s.seen[p] = queryEpoch;
                    s.acc[p] = 0;
                    s.touched[touched++] = p;
                }
            }
        }
        TopK top = new TopK(k);
        for (int i = 0; i < touched; i++) {
            int p = s.touched[i];
            double score = Factors.score(q, store, p, s.acc[p], weights, geography, null);
            if (score >= 0) {
                top.offer(score, p);
            }
        }
        if (top.full() && top.floor() > weights.withoutSkillsOrOccupation()) {
            return new Ranking(top.rows(), touched, false);
        }
        return new Ranking(bruteForce(q, k).rows(), touched, true);
    }

    /** Adds {@code w} to every profile holding {@code skill} that has not yet been credited for this vacancy skill. */
    private int visit(Scratch s, int skill, double w, int tag, int queryEpoch, int touched) {
        int[] post = store.postings;
        for (int i = store.postingStart[skill]; i < store.postingStart[skill + 1]; i++) {
            int p = post[i];
            if (s.seen[p] != queryEpoch) {
                s.seen[p] = queryEpoch;
                s.acc[p] = 0;
                s.touched[touched++] = p;
            }
            if (s.stamp[p] != tag) {
                s.stamp[p] = tag;
                s.acc[p] += w;
            }
        }
        return touched;
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
