package org.openpes.services.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier on six workers of a closed plant, computed by hand: re-employed after 10, 20, 20 and 40 days; one
 * still looking when the CO end (censored at 30 days), one at 50.
 */
class SurvivalTest {
    static final int[] DAYS = {10, 20, 20, 30, 40, 50};
    static final boolean[] HIRED = {true, true, true, false, true, false};
    static final double[] ONE = {1, 1, 1, 1, 1, 1};

    @Test
    void theCurveStepsDownAtEachHireAmongThoseStillAtRisk() {
        List<Survival.Step> steps = Survival.curve(DAYS, HIRED, ONE);
        assertThat(steps).extracting(Survival.Step::day).containsExactly(10, 20, 40);
        assertThat(steps.get(0).survival()).isCloseTo(5.0 / 6, within(1e-12)); // 1 of 6
        assertThat(steps.get(1).survival()).isCloseTo(5.0 / 6 * 3 / 5, within(1e-12)); // 2 of 5: 0.5
        assertThat(steps.get(2).survival()).isCloseTo(0.5 * 1 / 2, within(1e-12)); // 1 of 2 (30 censored)
        assertThat(steps.get(2).atRisk()).isEqualTo(2);
        assertThat(Survival.median(DAYS, HIRED, ONE)).isEqualTo(20);
    }
}
