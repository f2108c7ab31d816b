package org.openpes.observatory.indicators;

/**
 * What differs between the SQL engines for the same indicator definitions: how a breakdown is computed, how a
 * period is keyed and labelled, and how the period ends of a stock series are generated. Everything else is shared
 * ({@link IndicatorSql}).
 */
public interface SqlDialect {
    /** The expression of a non-period breakdown over the spell columns. */
    String dimension(Dimension d);

    /**
     * The first day of the period ({@link Dimension#isPeriod()}) that holds the date {@code expression}: the key
     * rows are grouped by. Labels are formatted from it after aggregation, once per cell rather than once per row.
     */
    String periodStart(Dimension period, String expression);

    /** The published label of the period holding the date {@code expression}: 2024, 2024-Q1, 2024-01. */
    String periodLabel(Dimension period, String expression);

    /** The expression of any breakdown, periods over the flow's date {@code d}. */
    default String label(Dimension d) {
        return d.isPeriod() ? periodLabel(d, "d") : dimension(d);
    }

    /**
     * A query with two columns, {@code d} and {@code e}: the first and the last day of each period (month, quarter,
     * year) from the one starting at parameter 1 to the one starting at parameter 2.
     */
    String periods(Dimension period);

    /** The date {@code days} days after the date {@code expression}. */
    String plusDays(String expression, int days);

    /** The days from the date {@code from} to the date {@code to}, as a 64-bit integer. */
    String daysBetween(String from, String to);

    /** DuckDB. */
    SqlDialect DUCKDB = new SqlDialect() {
        @Override
        public String dimension(Dimension d) {
            return d.sql();
        }

        @Override
        public String periodStart(Dimension period, String expression) {
            return "date_trunc('" + period.label() + "', " + expression + ")";
        }

        @Override
        public String periodLabel(Dimension period, String expression) {
            return switch (period) {
                case YEAR -> "strftime(" + expression + ", '%Y')";
                case QUARTER -> "strftime(" + expression + ", '%Y') || '-Q' || quarter(" + expression + ")";
                default -> "strftime(" + expression + ", '%Y-%m')";
            };
        }

        @Override
        public String periods(Dimension period) {
            String step = "interval " + period.months() + " month";
            return "select g::date as d, (g + " + step + " - interval 1 day)::date as e from generate_series("
                    + "cast(? as timestamp), cast(? as timestamp), " + step + ") t(g)";
        }

        @Override
        public String plusDays(String expression, int days) {
            return "(" + expression + " + " + days + ")";
        }

        @Override
        public String daysBetween(String from, String to) {
            return "datediff('day', " + from + ", " + to + ")";
        }
    };
}
