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
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "--measure",
                    "at least one measure");
        }
        if (to.isBefore(from)) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "--to",
                    "must not be before --from");
        }
        if (k < 1) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "--k",
                    "must be at least 1");
        }
    }
}
