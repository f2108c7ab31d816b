package org.openpes.services.outcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcomes of a service.
 *
 * @param received people who received the service while registered and not yet hired (the treated)
 * @param matched those of them with at least one comparable person on the same day
 * @param matchedAtLevel how many were matched on all six observables (0), without the occupation group (1), and
 *     without the age class too (2)
 * @param hired per horizon, the share hired within it (and its durable share at 365 days)
 * @param medianDaysTreated Kaplan–Meier median of days from the service to a hire (null: not reached, or suppressed)
 */
public record Evaluation(String service, LocalDate observedUntil, int received, int matched,
        List<Integer> matchedAtLevel, int controlsPerPerson,
        List<Horizon> hired, Horizon durableWithin365Days, Integer medianDaysTreated, Integer medianDaysControls) {

    /**
     * One horizon: the treated followed that long, the share of them hired, the share of their comparison group,
     * the difference and its 95 % interval; all null when the cell is suppressed (fewer than k people, or fewer than k
     * on either side of the outcome).
     */
    public record Horizon(int days, int people, Double treatedShare, Double comparisonShare, Double difference,
            Double low, Double high, boolean suppressed) {
    }

    /** The evaluation as CSV: one row per outcome and horizon, suppressed figures empty. */
    public String csv() {
        StringBuilder s = new StringBuilder("service,outcome,days,people,treated_share,comparison_share,difference,"
                + "ci95_low,ci95_high,suppressed\n");
        java.util.List<Horizon> all = new java.util.ArrayList<>(hired);
        all.add(durableWithin365Days);
        for (int i = 0; i < all.size(); i++) {
            Horizon h = all.get(i);
            s.append(service).append(',').append(i < hired.size() ? "hired" : "durable").append(',')
                    .append(h.days()).append(',').append(h.people()).append(',').append(num(h.treatedShare()))
                    .append(',').append(num(h.comparisonShare())).append(',').append(num(h.difference())).append(',')
                    .append(num(h.low())).append(',').append(num(h.high())).append(',').append(h.suppressed())
                    .append('\n');
        }
        return s.toString();
    }

    private static String num(Double x) {
        return x == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", x);
    }
}
