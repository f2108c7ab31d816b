package org.openpes.generator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openpes.generator.calibration.QuarterTarget;
import org.openpes.generator.labour.QuarterCounts;
import org.openpes.generator.output.Defect;

/** What a generation run wrote: the per-quarter truth next to the targets, and the totals. */
public record GenerationResult(GeneratorParams params, List<QuarterTarget> targets, List<QuarterCounts> quarters,
        long initialStock, long events, long workers, int employers, int seekers, int vacancies,
        int vacanciesFilledBySeekers, int courses, Map<Defect, Long> defects, Duration elapsed) {

    public double eventsPerSecond() {
        return events / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
