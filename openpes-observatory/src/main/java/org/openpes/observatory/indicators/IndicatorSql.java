package org.openpes.observatory.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The engine-neutral SQL of the indicators over the {@code spell_ends} view (docs/indicators.md). SQL text comes
 * only from fixed expressions; dates and filter values are parameters, returned with the text.
 */
public final class IndicatorSql {
    /** A statement and its positional parameters (dates as {@link LocalDate}, filter values as strings). */
    public record Statement(String sql, List<Object> parameters) {
    }

    private final SqlDialect dialect;

    public IndicatorSql(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Hires ({@code start_date}) or terminations ({@code end_date}) of the query's period. */
    public Statement flow(IndicatorQuery q, String dateColumn) {
        String sql = "with base as (select *, " + dateColumn + " as d from spell_ends where " + dateColumn
                + " between ? and ?)" + countedByWorker(q);
        return new Statement(sql, params(q, List.of(q.from().atDay(1), q.to().atEndOfMonth())));
    }

    /**
     * Contracts and distinct workers per cell of {@code base}, in two steps: contracts per cell and worker, then
     * per cell their sum and the number of workers. It gives what {@code count(*), count(distinct worker_key)} gives,
     * about twice as fast on both engines.
     */
    private String countedByWorker(IndicatorQuery q) {
        String labels = q.by().stream().map(d -> d.label() + ", ").collect(Collectors.joining());
        String perWorker = "select " + dims(q) + "worker_key, count(*) as n from base" + where(q) + " group by "
                + labels + "worker_key";
        return ", per_worker as (" + perWorker + ") select " + labels + "sum(n), count(*) from per_worker"
                + groupBy(q);
    }

    /** Open spells at each period end of the breakdown's period dimension, or at the end of the query. */
    public Statement stock(IndicatorQuery q) {
        String step = q.by().contains(Dimension.MONTH) ? "1 month"
                : q.by().contains(Dimension.QUARTER) ? "3 month" : q.by().contains(Dimension.YEAR) ? "1 year" : null;
        LocalDate to = q.to().atEndOfMonth();
        String periods = step == null ? "select cast(? as date) as d" : dialect.periodEnds(step);
        List<LocalDate> dates = step == null ? List.of(to)
                : List.of(startOfPeriod(step, q.from().atDay(1)), startOfPeriod(step, to));
        String sql = "with p as (" + periods + "), base as (select s.*, p.d from p join spell_ends s "
                + "on s.start_date <= p.d and (s.end_date is null or s.end_date > p.d))" + countedByWorker(q);
        return new Statement(sql, params(q, dates));
    }

    private static LocalDate startOfPeriod(String step, LocalDate day) {
        return switch (step) {
            case "1 month" -> day.withDayOfMonth(1);
            case "3 month" -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            default -> day.withDayOfYear(1);
        };
    }

    private static List<Object> params(IndicatorQuery q, List<LocalDate> dates) {
        List<Object> out = new ArrayList<>(dates);
        q.filters().keySet().stream().sorted().forEach(d -> out.add(q.filters().get(d)));
        return out;
    }

    private String dims(IndicatorQuery q) {
        StringBuilder sb = new StringBuilder();
        for (Dimension d : q.by()) {
            sb.append(dialect.dimension(d)).append(" as ").append(d.label()).append(", ");
        }
        return sb.toString();
    }

    private String where(IndicatorQuery q) {
        if (q.filters().isEmpty()) {
            return "";
        }
        return " where " + q.filters().keySet().stream().sorted().map(d -> dialect.dimension(d) + " = ?")
                .collect(Collectors.joining(" and "));
    }

    private static String groupBy(IndicatorQuery q) {
        if (q.by().isEmpty()) {
            return "";
        }
        return " group by " + q.by().stream().map(Dimension::label).collect(Collectors.joining(", "));
    }

    /** Net balances from hires and terminations cells with the same key (disclosure basis: the smaller side). */
    public static List<Cell> net(List<Cell> hires, List<Cell> terminations) {
        java.util.Map<List<String>, Cell> h = hires.stream().collect(Collectors.toMap(Cell::key, c -> c));
        java.util.Map<List<String>, Cell> t = terminations.stream().collect(Collectors.toMap(Cell::key, c -> c));
        java.util.Set<List<String>> keys = new java.util.HashSet<>(h.keySet());
        keys.addAll(t.keySet());
        List<Cell> out = new ArrayList<>();
        for (List<String> key : keys) {
            Cell a = h.get(key);
            Cell b = t.get(key);
            long value = (a == null ? 0 : a.value()) - (b == null ? 0 : b.value());
            long workers = a == null ? b.workers() : b == null ? a.workers() : Math.min(a.workers(), b.workers());
            out.add(new Cell(key, Measure.NET, value, workers, false));
        }
        return out;
    }

    /** Runs every measure of the query through {@code run} (statement, measure, whether the value is workers). */
    public List<Cell> compute(IndicatorQuery q, Runner run) {
        // Each statement runs once: hires and terminations also give the net balance and the workers' measures.
        java.util.Map<String, List<Cell>> ran = new java.util.HashMap<>();
        java.util.function.Function<String, List<Cell>> flow = column -> ran.computeIfAbsent(column,
                c -> run.cells(flow(q, c), q, c.equals("start_date") ? Measure.HIRES : Measure.TERMINATIONS));
        List<Cell> out = new ArrayList<>();
        for (Measure m : q.measures()) {
            switch (m) {
                case HIRES, TERMINATIONS -> out.addAll(flow.apply(m == Measure.HIRES ? "start_date" : "end_date"));
                case HIRES_WORKERS, TERMINATIONS_WORKERS -> out.addAll(flow.apply(m == Measure.HIRES_WORKERS
                        ? "start_date" : "end_date").stream()
                        .map(c -> new Cell(c.key(), m, c.workers(), c.workers(), false)).toList());
                case STOCK -> out.addAll(run.cells(stock(q), q, m));
                case NET -> out.addAll(net(flow.apply("start_date"), flow.apply("end_date")));
            }
        }
        return out;
    }

    /** Executes a statement on an engine: rows of (breakdown values…, contracts, distinct workers) become cells. */
    public interface Runner {
        List<Cell> cells(Statement statement, IndicatorQuery q, Measure m);
    }
}
