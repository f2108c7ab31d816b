package org.openpes.observatory.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Re-employment of the workers whose position ended in a period, for the whole store: the measures
 * {@code terminations_workers}, {@code leavers_N} and {@code reemployed_N} for each horizon, and
 * {@code reemployment_median_days}, with no breakdown, on any engine. For each worker, the first end in the period
 * and the first spell that starts after it (the spells' {@code rehired_on}). The share re-hired within 30, 90, 180
 * and 365 days counts only the workers observable for that long (end + horizon on or before the last date in the
 * store); the median time to re-employment is the Kaplan–Meier median, with workers not re-hired censored at the
 * last date in the store. Broken down, they are the same measures with breakdowns (docs/indicators.md).
 */
public final class ReEmployment {
    /** The horizons in days of the measures {@code leavers_N} and {@code reemployed_N}, shortest first. */
    public static final int[] HORIZONS = Stream.of(Measure.values()).mapToInt(Measure::horizon)
            .filter(h -> h > 0).distinct().sorted().toArray();

    /** The result: the cohort, shares by horizon (observable workers, re-hired within), the KM median in days. */
    public record Result(long cohort, Map<Integer, long[]> withinDays, Long medianDays) {
        public double share(int horizon) {
            long[] v = withinDays.get(horizon);
            return v[0] == 0 ? Double.NaN : (double) v[1] / v[0];
        }
    }

    private ReEmployment() {
    }

    public static Result compute(IndicatorEngine engine, YearMonth from, YearMonth to) {
        List<Measure> measures = new ArrayList<>(List.of(Measure.TERMINATIONS_WORKERS,
                Measure.REEMPLOYMENT_MEDIAN_DAYS));
        for (Measure m : Measure.values()) {
            if (m.horizon() > 0) {
                measures.add(m);
            }
        }
        Map<Measure, Long> whole = Totals.of(engine.compute(new IndicatorQuery(measures, List.of(), Map.of(), from,
                to, 1)));
        Map<Integer, long[]> within = new LinkedHashMap<>();
        for (int h : HORIZONS) {
            within.put(h, new long[] {whole.getOrDefault(leavers(h), 0L), whole.getOrDefault(reemployed(h), 0L)});
        }
        return new Result(whole.getOrDefault(Measure.TERMINATIONS_WORKERS, 0L), within,
                whole.get(Measure.REEMPLOYMENT_MEDIAN_DAYS));
    }

    private static Measure leavers(int horizon) {
        return Measure.valueOf("LEAVERS_" + horizon);
    }

    private static Measure reemployed(int horizon) {
        return Measure.valueOf("REEMPLOYED_" + horizon);
    }
}
