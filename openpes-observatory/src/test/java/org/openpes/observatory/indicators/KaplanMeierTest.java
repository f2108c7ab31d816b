package org.openpes.observatory.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
    @Test
    void theMedianAccountsForCensoring() {
        // Re-hired after 10 and 40 days; two censored at 20 days. S(10) = 3/4; at 40 one at risk: S = 0.
        List<long[]> rows = List.of(new long[] {10, 100}, new long[] {-1, 20}, new long[] {-1, 20},
                new long[] {40, 100});
        assertThat(ReEmployment.kaplanMeierMedian(rows)).isEqualTo(40);
    }

    @Test
    void noMedianWhenFewerThanHalfAreReHired() {
        List<long[]> rows = List.of(new long[] {10, 100}, new long[] {-1, 200}, new long[] {-1, 200});
        assertThat(ReEmployment.kaplanMeierMedian(rows)).isNull();
    }
}
