package org.openpes.skills.melo;

import java.util.List;
import java.util.Set;

/**
 * Ranking metrics computed as trec_eval does: average precision over all relevant documents (a relevant document
 * never retrieved contributes 0), reciprocal rank of the first relevant one, and success at 1 and 10. Means are over
 * queries that have at least one relevant document.
 */
public record RankingMetrics(int queries, double map, double mrr, double successAt1, double successAt10) {

    /** One query's ranking (document ids, best first) against its relevant set. */
    public record Judged(List<String> ranking, Set<String> relevant) {
    }

    public static RankingMetrics of(List<Judged> judged) {
        double ap = 0;
        double rr = 0;
        double s1 = 0;
        double s10 = 0;
        int n = 0;
        for (Judged j : judged) {
            if (j.relevant().isEmpty()) {
                continue;
            }
            n++;
            int found = 0;
            double sumPrecision = 0;
            int first = 0;
            for (int r = 0; r < j.ranking().size() && found < j.relevant().size(); r++) {
                if (j.relevant().contains(j.ranking().get(r))) {
                    found++;
                    sumPrecision += (double) found / (r + 1);
                    if (first == 0) {
                        first = r + 1;
                    }
                }
            }
            ap += sumPrecision / j.relevant().size();
            if (first > 0) {
                rr += 1.0 / first;
                s1 += first == 1 ? 1 : 0;
                s10 += first <= 10 ? 1 : 0;
            }
        }
        return n == 0 ? new RankingMetrics(0, 0, 0, 0, 0)
                : new RankingMetrics(n, ap / n, rr / n, s1 / n, s10 / n);
    }

    /** The line trec_eval users compare: {@code MAP x MRR x S@1 x S@10 x}. */
    public String line() {
        return String.format(java.util.Locale.ROOT, "MAP %.4f MRR %.4f S@1 %.4f S@10 %.4f", map, mrr, successAt1,
                successAt10);
    }
}
