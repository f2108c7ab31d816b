package org.openpes.observatory.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.openpes.observatory.indicators.Cell;
import org.openpes.observatory.indicators.Dimension;
import org.openpes.observatory.indicators.IndicatorEngine;
import org.openpes.observatory.indicators.IndicatorQuery;
import org.openpes.observatory.indicators.IndicatorSql;
import org.openpes.observatory.indicators.SqlDialect;

/** The Spark engine: the shared {@link IndicatorSql} in the Spark SQL dialect, over a {@link SparkStore}. */
public final class SparkIndicatorEngine implements IndicatorEngine {
    /** Spark SQL's spelling of the breakdowns, of periods and of date arithmetic. */
    static final SqlDialect SPARK = new SqlDialect() {
        @Override
        public String dimension(Dimension d) {
            return d == Dimension.EDUCATION ? "cast(education as string)" : d.sql();
        }

        @Override
        public String periodStart(Dimension period, String expression) {
            return "trunc(" + expression + ", '" + period.label() + "')";
        }

        @Override
        public String periodLabel(Dimension period, String expression) {
            return switch (period) {
                case YEAR -> "date_format(" + expression + ", 'yyyy')";
                case QUARTER -> "concat(date_format(" + expression + ", 'yyyy'), '-Q', quarter(" + expression + "))";
                default -> "date_format(" + expression + ", 'yyyy-MM')";
            };
        }

        @Override
        public String plusDays(String expression, int days) {
            return "date_add(" + expression + ", " + days + ")";
        }

        @Override
        public String daysBetween(String from, String to) {
            return "cast(datediff(" + to + ", " + from + ") as bigint)";
        }

        @Override
        public String periods(Dimension period) {
            int months = period.months();
            return "select g as d, date_sub(add_months(g, " + months + "), 1) as e from (select explode(sequence("
                    + "cast(? as date), cast(? as date), interval " + months + " month)) as g)";
        }

    };

    private final SparkStore store;
    private final IndicatorSql sql = new IndicatorSql(SPARK);

    public SparkIndicatorEngine(SparkStore store) {
        this.store = store;
    }

    @Override
    public List<Cell> compute(IndicatorQuery q) {
        return sql.compute(q, this::run);
    }

    /**
     * The statement with its positional markers renamed {@code :p1, :p2, ...} in text order: Spark binds positional
     * parameters out of text order in some nested queries, named ones by name. The shared SQL has no other '?'.
     */
    static String named(IndicatorSql.Statement statement) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : statement.sql().toCharArray()) {
            if (c == '?') {
                out.append(":p").append(++n);
            } else {
                out.append(c);
            }
        }
        if (n != statement.parameters().size()) {
            throw new IllegalStateException(n + " markers for " + statement.parameters().size() + " parameters");
        }
        return out.toString();
    }

    private static Map<String, Object> arguments(IndicatorSql.Statement statement) {
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < statement.parameters().size(); i++) {
            args.put("p" + (i + 1), statement.parameters().get(i));
        }
        return args;
    }

    private List<IndicatorSql.Row> run(IndicatorSql.Statement statement, IndicatorQuery q) {
        List<Row> rows = store.spark().sql(named(statement), arguments(statement)).collectAsList();
        int keys = q.by().size();
        List<IndicatorSql.Row> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> key = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
                key.add(r.isNullAt(k) ? null : r.get(k).toString());
            }
            // sum() over no rows is null (a query with no breakdown over an empty period).
            long[] values = new long[r.size() - keys];
            for (int v = 0; v < values.length; v++) {
                values[v] = r.isNullAt(keys + v) ? 0 : r.getLong(keys + v);
            }
            out.add(new IndicatorSql.Row(Collections.unmodifiableList(key), values));
        }
        return out;
    }
}
