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

    /**
     * Open spells at each period end of the breakdown's period dimension, or at the end of the query. A spell is open
     * at date e when start_date &lt;= e &lt; end_date. Rather than joining every spell with every period end, each spell
     * adds +1 at the end of the period of its start and −1 at the end of the period of its end, and the stock is the
     * running sum over period ends (linear in the spells). Distinct workers equal contracts except where one worker
     * holds two open spells in the same cell: only the spells flagged {@code overlapping} (see
     * {@code EventStore.OVERLAPPING}) can do that, and only they are joined with the period ends to count the excess.
     */
    public Statement stock(IndicatorQuery q) {
        String step = q.by().contains(Dimension.MONTH) ? "1 month"
                : q.by().contains(Dimension.QUARTER) ? "3 month" : q.by().contains(Dimension.YEAR) ? "1 year" : null;
        LocalDate to = q.to().atEndOfMonth();
        String periods = step == null ? "select cast(? as date) as d" : dialect.periodEnds(step);
        List<LocalDate> dates = step == null ? List.of(to)
                : List.of(startOfPeriod(step, q.from().atDay(1)), startOfPeriod(step, to));
        List<Dimension> groups = q.by().stream().filter(d -> !d.isPeriod()).toList();
        List<Dimension> spellFilters = q.filters().keySet().stream().filter(d -> !d.isPeriod()).sorted().toList();
        List<Dimension> periodFilters = q.filters().keySet().stream().filter(Dimension::isPeriod).sorted().toList();
        String g = groups.stream().map(d -> d.label() + ", ").collect(Collectors.joining());
        String gList = groups.stream().map(Dimension::label).collect(Collectors.joining(", "));
        String gExprs = groups.stream().map(d -> dialect.dimension(d) + " as " + d.label() + ", ")
                .collect(Collectors.joining());
        String cond = spellFilters.stream().map(d -> " and " + dialect.dimension(d) + " = ?")
                .collect(Collectors.joining());
        String startEnd = step == null ? "start_date" : dialect.periodEnd(step, "start_date");
        String endEnd = step == null ? "end_date" : dialect.periodEnd(step, "end_date");
        String sql = "with p as (" + periods + ")"
                + ", deltas as (select " + gExprs + startEnd + " as d, 1 as delta from spell_ends "
                + "where (end_date is null or end_date > start_date)" + cond
                + " union all select " + gExprs + endEnd + " as d, -1 as delta from spell_ends "
                + "where end_date > start_date" + cond + ")"
                + ", grid as (" + (groups.isEmpty() ? "select p.d, 0 as delta from p"
                        : "select k.*, p.d, 0 as delta from (select distinct " + gList + " from deltas) k cross join p")
                + ")"
                + ", changes as (select " + g + "d, sum(delta) as delta from (select * from deltas union all "
                + "select * from grid) x group by " + g + "d)"
                + ", running as (select " + g + "d, sum(delta) over (" + (groups.isEmpty() ? "" : "partition by "
                        + gList + " ") + "order by d rows between unbounded preceding and current row) as stock "
                + "from changes)"
                + ", ov as (select " + gExprs + "p.d as d, worker_key from p join spell_ends s on s.overlapping "
                + "and s.start_date <= p.d and (s.end_date is null or s.end_date > p.d)" + cond + ")"
                + ", dup as (select " + g + "d, sum(n - 1) as extra from (select " + g + "d, worker_key, count(*) "
                + "as n from ov group by " + g + "d, worker_key) y where n > 1 group by " + g + "d)"
                + ", cells as (select r.*, u.extra from running r join p on r.d = p.d left join dup u on r.d = u.d"
                + groups.stream().map(d -> " and r." + d.label() + " is not distinct from u." + d.label())
                        .collect(Collectors.joining())
                + " where r.stock > 0)"
                + " select " + q.by().stream().map(d -> d.isPeriod() ? dialect.dimension(d) + " as " + d.label()
                        : d.label()).map(x -> x + ", ").collect(Collectors.joining())
                + "stock, stock - coalesce(extra, 0) from cells"
                + periodFilters.stream().map(d -> dialect.dimension(d) + " = ?")
                        .collect(Collectors.joining(" and ", periodFilters.isEmpty() ? "" : " where ", ""));
        List<Object> parameters = new ArrayList<>(dates);
        for (int branch = 0; branch < 3; branch++) {
            spellFilters.forEach(d -> parameters.add(q.filters().get(d)));
        }
        periodFilters.forEach(d -> parameters.add(q.filters().get(d)));
        return new Statement(sql, parameters);
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

    /** Runs every measure of the query through {@code run}, each statement once. */
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
