package org.openpes.observatory.indicators;

/**
 * What differs between the SQL engines for the same indicator definitions: how a breakdown is computed from the
 * flow's date {@code d}, and how the period ends of a stock series are generated. Everything else is shared
 * ({@link IndicatorSql}).
 */
public interface SqlDialect {
    /** The expression of a breakdown over the spell columns and the flow's date {@code d}. */
    String dimension(Dimension d);

    /**
     * A query with one column {@code d}: the last day of each period of {@code step} ("1 month", "3 month",
     * "1 year") from the period starting at parameter 1 to the period starting at parameter 2.
     */
    String periodEnds(String step);

    /** The last day of the period of {@code step} that contains the date {@code expression}. */
    String periodEnd(String step, String expression);

    /** DuckDB. */
    SqlDialect DUCKDB = new SqlDialect() {
        @Override
        public String dimension(Dimension d) {
            return d.sql();
        }

        @Override
        public String periodEnds(String step) {
            return "select (g + interval " + step + " - interval 1 day)::date as d from generate_series("
                    + "cast(? as timestamp), cast(? as timestamp), interval " + step + ") t(g)";
        }

        @Override
        public String periodEnd(String step, String expression) {
            String unit = switch (step) {
                case "1 month" -> "month";
                case "3 month" -> "quarter";
                default -> "year";
            };
            return "(date_trunc('" + unit + "', " + expression + ") + interval " + step + " - interval 1 day)::date";
        }
    };
}
