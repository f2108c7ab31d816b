package org.openpes.observatory.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
    @Test
    void theMedianAccountsForCensoring() {
        // Re-hired after 10 and 40 days; two censored at 20 days. S(10) = 3/4; at 40 one at risk: S = 0.
        List<long[]> times = List.of(new long[] {10, 1, 1}, new long[] {20, 0, 2}, new long[] {40, 1, 1});
        assertThat(KaplanMeier.median(times)).isEqualTo(40L);
    }

    @Test
    void noMedianWhenFewerThanHalfAreReHired() {
        List<long[]> times = List.of(new long[] {10, 1, 1}, new long[] {200, 0, 2});
        assertThat(KaplanMeier.median(times)).isNull();
    }

    @Test
    void eventsAtATimeCountBeforeTheCensoredOfThatTime() {
        // Four at risk at 30: two re-hired and one censored then; S(30) = 1 - 2/4 = 0.5, the median.
        List<long[]> times = List.of(new long[] {30, 2, 3}, new long[] {60, 1, 1});
        assertThat(KaplanMeier.median(times)).isEqualTo(30L);
    }
}
