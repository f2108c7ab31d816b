package org.openpes.observatory.indicators;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One request for indicators: measures, breakdowns, equality filters on dimensions, the months covered, and the
 * disclosure threshold {@code k} (a cell based on fewer than k distinct workers is not published).
 */
public record IndicatorQuery(List<Measure> measures, List<Dimension> by, Map<Dimension, String> filters,
        YearMonth from, YearMonth to, int k) {

    public IndicatorQuery {
        measures = List.copyOf(measures);
        by = List.copyOf(by);
        filters = Map.copyOf(filters);
        if (measures.isEmpty()) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "measure",
                    "at least one measure");
        }
        if (to.isBefore(from)) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "to",
                    "must not be before from");
        }
        if (measures.stream().anyMatch(Measure::quarterly)) {
            String quarterly = "the quarterly measures (" + String.join(", ", measures.stream()
                    .filter(Measure::quarterly).map(Measure::label).toList()) + ")";
            if (!by.contains(Dimension.QUARTER)) {
                throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "by",
                        quarterly + " need quarter among the breakdowns");
            }
            if (by.contains(Dimension.MONTH) || by.contains(Dimension.YEAR) || filters.containsKey(Dimension.MONTH)
                    || filters.containsKey(Dimension.YEAR)) {
                throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "by",
                        quarterly + ": month and year can neither break them down nor filter them");
            }
        }
        filters.forEach((d, v) -> {
            String problem = d.filterProblem(v);
            if (problem != null) {
                throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034,
                        "filter " + d.label(), "'" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "' " + problem);
            }
        });
        if (k < 1) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "k",
                    "must be at least 1");
        }
    }

    /**
     * The benchmark's standard set (issue 3): hires, terminations, net, stock and re-employment at 90 days (leavers
     * and re-employed) by province × quarter × ATECO section × contract group.
     */
    public static IndicatorQuery standardSet(YearMonth from, YearMonth to, int k) {
        return new IndicatorQuery(List.of(Measure.HIRES, Measure.TERMINATIONS, Measure.NET, Measure.STOCK,
                Measure.LEAVERS_90, Measure.REEMPLOYED_90),
                List.of(Dimension.PROVINCE, Dimension.QUARTER, Dimension.SECTION, Dimension.CONTRACT), Map.of(), from,
                to, k);
    }
}
