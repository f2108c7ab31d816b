package org.openpes.observatory.indicators;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The values of a query with no breakdown: one cell a measure at most (none where there is nothing to count). */
final class Totals {
    private Totals() {
    }

    static Map<Measure, Long> of(List<Cell> cells) {
        Map<Measure, Long> out = new EnumMap<>(Measure.class);
        for (Cell c : cells) {
            if (!c.key().isEmpty() || out.put(c.measure(), c.value()) != null) {
                throw new IllegalStateException("not one cell a measure: " + c);
            }
        }
        return out;
    }
}
