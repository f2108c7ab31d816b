package org.openpes.skills.melo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void averagePrecisionCountsUnretrievedRelevantDocumentsAsZero() {
        // relevant at ranks 1 and 3, a third relevant never retrieved: AP = (1/1 + 2/3) / 3
        var q = new RankingMetrics.Judged(List.of("infermiere", "medico", "infermiera", "ostetrica"),
                Set.of("infermiere", "infermiera", "infermiere pediatrico"));
        RankingMetrics m = RankingMetrics.of(List.of(q));
        assertThat(m.map()).isCloseTo((1 + 2.0 / 3) / 3, within(1e-12));
        assertThat(m.mrr()).isEqualTo(1.0);
        assertThat(m.successAt1()).isEqualTo(1.0);
    }

    @Test
    void reciprocalRankAndSuccessAreAveragedOverJudgedQueries() {
        var second = new RankingMetrics.Judged(List.of("cuoco", "aiuto cuoco"), Set.of("aiuto cuoco"));
        var eleventh = new RankingMetrics.Judged(
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "muratore"), Set.of("muratore"));
        var unjudged = new RankingMetrics.Judged(List.of("x"), Set.of());
        RankingMetrics m = RankingMetrics.of(List.of(second, eleventh, unjudged));
        assertThat(m.queries()).isEqualTo(2);
        assertThat(m.mrr()).isCloseTo((0.5 + 1.0 / 11) / 2, within(1e-12));
        assertThat(m.successAt1()).isEqualTo(0.0);
        assertThat(m.successAt10()).isEqualTo(0.5);
        assertThat(m.line()).isEqualTo("MAP 0.2955 MRR 0.2955 S@1 0.0000 S@10 0.5000");
    }
}
