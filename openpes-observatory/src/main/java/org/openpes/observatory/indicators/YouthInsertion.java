package org.openpes.observatory.indicators;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Youth insertion for the whole store, on any engine: the measures {@code youth_entrants}, {@code youth_inserted}
 * and {@code youth_insertion_median_days} with no breakdown — for the people first seen under 30 (age class of their
 * first spell) whose first spell starts in the period, the time from it to their first permanent contract or
 * apprenticeship (a hire of that group, or a transformation to permanent), as a Kaplan–Meier median with censoring
 * at the last date in the store — and the apprenticeship share of hires by year ({@code apprenticeship_hires} over
 * {@code hires}). Broken down, they are the same measures with breakdowns (docs/indicators.md).
 */
public final class YouthInsertion {

    /** The cohort, those who reached a stable contract, the Kaplan–Meier median in days (null if not reached), and
     * the apprenticeship share of hires by year. */
    public record Result(long cohort, long reached, Long medianDays, Map<String, Double> apprenticeshipShare) {
    }

    private YouthInsertion() {
    }

    public static Result compute(IndicatorEngine engine, YearMonth from, YearMonth to) {
        Map<Measure, Long> whole = Totals.of(engine.compute(new IndicatorQuery(List.of(Measure.YOUTH_ENTRANTS,
                Measure.YOUTH_INSERTED, Measure.YOUTH_INSERTION_MEDIAN_DAYS), List.of(), Map.of(), from, to, 1)));
        Map<String, long[]> byYear = new java.util.TreeMap<>();
        for (Cell c : engine.compute(new IndicatorQuery(List.of(Measure.HIRES, Measure.APPRENTICESHIP_HIRES),
                List.of(Dimension.YEAR), Map.of(), from, to, 1))) {
            byYear.computeIfAbsent(c.key().get(0), y -> new long[2])[c.measure() == Measure.HIRES ? 0 : 1] = c.value();
        }
        Map<String, Double> share = new LinkedHashMap<>();
        byYear.forEach((year, v) -> share.put(year, v[0] == 0 ? Double.NaN : (double) v[1] / v[0]));
        return new Result(whole.getOrDefault(Measure.YOUTH_ENTRANTS, 0L), whole.getOrDefault(Measure.YOUTH_INSERTED,
                0L), whole.get(Measure.YOUTH_INSERTION_MEDIAN_DAYS), share);
    }
}
