package org.openpes.services.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A metalworks of Lecco in three situations, at the rule's edges. */
class WatchRuleTest {
    @Test
    void terminationsRisingNeedVolumeAGapOverHiresAndAGrowth() {
        assertThat(WatchRule.signals(new WatchRule.Flows(5, 8, 10, 6, 0))).containsExactly(Signal.TERMINATIONS_RISING);
        assertThat(WatchRule.signals(new WatchRule.Flows(5, 8, 9, 6, 0))).as("too few").isEmpty();
        assertThat(WatchRule.signals(new WatchRule.Flows(6, 8, 10, 6, 0))).as("hires keep up").isEmpty();
        assertThat(WatchRule.signals(new WatchRule.Flows(5, 8, 10, 7, 0))).as("no growth").isEmpty();
    }

    @Test
    void collectiveTerminationsAndStoppedHiresAreSignalsOfTheirOwn() {
        assertThat(WatchRule.signals(new WatchRule.Flows(3, 3, 5, 5, 5))).containsExactly(
                Signal.COLLECTIVE_TERMINATIONS);
        assertThat(WatchRule.signals(new WatchRule.Flows(3, 3, 5, 5, 4))).isEmpty();
        assertThat(WatchRule.signals(new WatchRule.Flows(0, 5, 1, 1, 0))).containsExactly(Signal.HIRES_STOPPED);
        assertThat(WatchRule.signals(new WatchRule.Flows(0, 4, 1, 1, 0))).isEmpty();
        assertThat(WatchRule.signals(new WatchRule.Flows(0, 9, 20, 4, 6))).containsExactlyInAnyOrder(
                Signal.TERMINATIONS_RISING, Signal.COLLECTIVE_TERMINATIONS, Signal.HIRES_STOPPED);
    }
}
