package org.openpes.observatory.indicators;

import java.util.List;

/**
 * Computes indicator cells from the spells of a store, before disclosure control. One implementation per engine
 * (DuckDB now; Spark to come), all answering the same definitions (docs/indicators.md).
 */
public interface IndicatorEngine {
    /** Every non-empty cell of every measure of the query, unsuppressed. */
    List<Cell> compute(IndicatorQuery query);
}
