package org.openpes.observatory.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The engine-neutral SQL of the indicators over the {@code spell_ends} view (docs/indicators.md). SQL text comes
 * only from fixed expressions; dates and filter values are parameters, returned with the text.
 */
public final class IndicatorSql {
    /** A statement and its positional parameters (dates as {@link LocalDate}, filter values as strings). */
    public record Statement(String sql, List<Object> parameters) {
    }

    /** A result row: the breakdown's values, then the statement's numbers in the order it selects them. */
    public record Row(List<String> key, long[] values) {
    }

    /** The age classes of the youth insertion cohort: under 30. */
    private static final String YOUNG = "('15-24', '25-29')";

    private final SqlDialect dialect;

    public IndicatorSql(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Hires of the query's period; rows are (contracts, distinct workers, apprenticeship contracts, distinct workers
     * hired as apprentices).
     */
    public Statement hires(IndicatorQuery q) {
        List<Object> parameters = new ArrayList<>();
        String perWorker = "select " + keys(q) + "case when solo then null else worker_id end as w, count(*) as n, "
                + "sum(case when contract_group = 'APPRENTICESHIP' then 1 else 0 end) as a from base" + where(q)
                + " group by " + labels(q) + "w";
        String sql = base(q, "start_date", parameters) + ", per_worker as (" + perWorker + ") select " + labelled(q)
                + "sum(n), sum(case when w is null then n else 1 end), sum(a), "
                + "sum(case when w is null then a when a > 0 then 1 else 0 end) from per_worker" + groupBy(q);
        return new Statement(sql, params(q, parameters));
    }

    /**
     * The spells whose {@code dateColumn} falls in the query's months, as {@code base}, with the flow's date as
     * {@code d} and {@code solo}: whether the worker has no other spell with that date in the same period of the
     * breakdown (or, with no period, in the query's months). A solo spell is its worker's only one in its cell, so
     * cells count solo spells directly and group by worker only the others: the same numbers as
     * {@code count(*), count(distinct worker_key)}, several times faster. {@code solo} compares the spell's date
     * with its neighbours', the worker's previous and next spell in date order ({@code prev_start},
     * {@code next_start}, {@code prev_end}, {@code next_end}, computed with the spells).
     */
    private String base(IndicatorQuery q, String dateColumn, List<Object> parameters) {
        String side = dateColumn.equals("start_date") ? "start" : "end";
        String prev = "prev_" + side;
        String next = "next_" + side;
        Dimension period = finestPeriod(q.by());
        String solo;
        if (period == null) {
            solo = "coalesce(" + prev + " < ?, true) and coalesce(" + next + " > ?, true)";
            parameters.addAll(List.of(q.from().atDay(1), q.to().atEndOfMonth()));
        } else {
            String own = dialect.periodStart(period, dateColumn);
            solo = dialect.periodStart(period, prev) + " is distinct from " + own + " and "
                    + dialect.periodStart(period, next) + " is distinct from " + own;
        }
        parameters.addAll(List.of(q.from().atDay(1), q.to().atEndOfMonth()));
        return "with base as (select *, " + dateColumn + " as d, " + solo + " as solo from spell_ends where "
                + dateColumn + " between ? and ?)";
    }

    /**
     * Terminations, and re-employment within each of {@code horizons} (days) of the workers whose position ended, in
     * one pass over the spells that ended in the query's months. Per cell and worker: the terminations, the first end
     * and the first hire after it ({@code rehired_on}, computed with the spells; the earliest end has the earliest
     * re-hire, so both are minima). A worker counts for re-employment within a horizon only when followed for all of
     * it (end + days on or before the store's last event date), whether re-hired or not: counting also the re-hired
     * among those who cannot be followed would raise the share near the end of the data (to 100% in the last
     * quarter). Solo spells ({@link #base}) are judged one by one and summed per cell; the others per worker. Rows
     * are (terminations, distinct workers terminated), then (re-employed, followed) for each horizon in order.
     */
    public Statement endings(IndicatorQuery q, List<Integer> horizons) {
        List<Object> parameters = new ArrayList<>();
        String last = " <= (select last_date from observation)";
        StringBuilder solo = new StringBuilder();
        StringBuilder judged = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        for (int h : horizons) {
            String followed = dialect.plusDays("end_date", h) + last;
            String back = "rehired_on <= " + dialect.plusDays("end_date", h) + " and " + followed;
            String workerFollowed = dialect.plusDays("ended", h) + last;
            String workerBack = "rehired <= " + dialect.plusDays("ended", h) + " and " + workerFollowed;
            solo.append(", sum(case when solo and ").append(back).append(" then 1 else 0 end) as solo_back_")
                    .append(h).append(", sum(case when solo and ").append(followed)
                    .append(" then 1 else 0 end) as solo_followed_").append(h);
            judged.append(", case when w is null then solo_back_").append(h).append(" when ").append(workerBack)
                    .append(" then 1 else 0 end as back_").append(h).append(", case when w is null then solo_followed_")
                    .append(h).append(" when ").append(workerFollowed).append(" then 1 else 0 end as followed_")
                    .append(h);
            sums.append(", sum(back_").append(h).append("), sum(followed_").append(h).append(")");
        }
        String perWorker = "select " + keys(q) + "case when solo then null else worker_id end as w, count(*) as n, "
                + "min(end_date) as ended, min(rehired_on) as rehired" + solo + " from base" + where(q)
                + " group by " + labels(q) + "w";
        String judging = "select " + labels(q) + "n, case when w is null then n else 1 end as workers" + judged
                + " from per_worker";
        String sql = base(q, "end_date", parameters) + ", per_worker as (" + perWorker + "), judged as (" + judging
                + ") select " + labelled(q) + "sum(n), sum(workers)" + sums + " from judged" + groupBy(q);
        return new Statement(sql, params(q, parameters));
    }

    /**
     * The times to re-employment of the workers whose position ended in the query's months, for Kaplan–Meier: per
     * cell and worker, the first end and the first hire after it; the time is the days to that hire, or to the
     * store's last event date for a worker not hired again (censored). Rows are (days, re-hired, workers) by cell
     * and days.
     */
    public Statement reemploymentTimes(IndicatorQuery q) {
        List<Object> parameters = new ArrayList<>();
        String perWorker = "select " + keys(q) + "worker_id, min(end_date) as ended, min(rehired_on) as rehired "
                + "from base" + where(q) + " group by " + labels(q) + "worker_id";
        String sql = base(q, "end_date", parameters) + ", per_worker as (" + perWorker + "), people as ("
                + times(labels(q), "ended", "rehired", "per_worker") + ")" + timesByCell(q);
        return new Statement(sql, params(q, parameters));
    }

    /**
     * Youth insertion, for Kaplan–Meier: the people first seen under 30 (the age class of their first spell, the one
     * with no {@code prev_start}) whose first spell starts in the query's months, in the cell of that spell; the time
     * is the days from its start to the worker's first permanent contract or apprenticeship (the earliest hire of
     * that group, or transformation to permanent: {@code permanent_on}), or to the store's last event date
     * (censored). Rows are (days, reached, people) by cell and days.
     */
    public Statement youthTimes(IndicatorQuery q) {
        String stable = "select worker_id, min(s) as reached from (select worker_id, start_date as s from spell_ends "
                + "where contract_group in ('PERMANENT', 'APPRENTICESHIP') union all select worker_id, permanent_on "
                + "from spell_ends where permanent_on is not null) x group by worker_id";
        String entrants = "select b.*, st.reached from base b left join stable st on st.worker_id = b.worker_id";
        String sql = "with base as (select *, start_date as d from spell_ends where prev_start is null and "
                + "age_class in " + YOUNG + " and start_date between ? and ?), stable as (" + stable + "), "
                + "entrants as (" + entrants + "), people as (" + times(keys(q), "start_date", "reached",
                "entrants" + where(q)) + ")" + timesByCell(q);
        return new Statement(sql, params(q, List.of(q.from().atDay(1), q.to().atEndOfMonth())));
    }

    /**
     * Per person of {@code from}: the cell ({@code cell}, the columns before), whether the event happened
     * ({@code ev}) and the days from {@code since} to it, or to the store's last event date (censored).
     */
    private String times(String cell, String since, String event, String from) {
        String censored = dialect.daysBetween(since, "(select last_date from observation)");
        return "select " + cell + "case when " + event + " is null then 0 else 1 end as ev, case when " + event
                + " is null then " + censored + " else " + dialect.daysBetween(since, event) + " end as t from " + from;
    }

    private String timesByCell(IndicatorQuery q) {
        return " select " + labelled(q) + "t, sum(ev), count(*) from people group by " + labels(q) + "t";
    }

    /**
     * QWI-style measures per cell and quarter (the query has {@code quarter} among its breakdowns). Each spell open at
     * some time in a quarter is paired with that quarter ({@code d} its first day, {@code e} its last). Per cell,
     * quarter and employer: B, the spells open at the end of the day before the quarter ({@code start < d <= end});
     * E, open at the end of the quarter ({@code start <= e < end}); F, open through the whole quarter. A cell sums B
     * and F, and the positive and negative parts of E − B over its employers: job creation and destruction.
     * Disclosure bases: the distinct workers of B, of F, and, for job creation and destruction, the larger of those
     * of B and E. Each is a count at one instant, where a spell that overlaps none of its worker's others
     * ({@code overlapping} false) is its worker's only open spell: those count one worker each, and only the
     * overlapping spells are counted distinct. Rows are (B, F, JC, JD, workers of B, workers of F, the larger of the
     * workers of B and E).
     */
    public Statement qwi(IndicatorQuery q) {
        String b = "start_date < d and (end_date is null or end_date >= d)";
        String e = "start_date <= e and (end_date is null or end_date > e)";
        String f = "start_date < d and (end_date is null or end_date > e)";
        String cells = labels(q).replaceAll(", $", "");
        String perEmployer = "select " + keys(q) + "employer_key, " + sum(b, "bq") + sum(e, "eq") + sum(f, "fq")
                + sum(b + " and not overlapping", "bs") + sum(e + " and not overlapping", "es")
                + sum(f + " and not overlapping", "fs").replaceAll(", $", "") + " from base" + where(q)
                + " group by " + labels(q) + "employer_key";
        String perCell = "select " + labels(q) + "sum(bq) as b, sum(fq) as f, sum(greatest(eq - bq, 0)) as jc, "
                + "sum(greatest(bq - eq, 0)) as jd, sum(bs) as bs, sum(es) as es, sum(fs) as fs from per_employer "
                + "group by " + cells;
        String overlapping = "select " + keys(q) + "count(distinct case when " + b + " then worker_id end) as bo, "
                + "count(distinct case when " + e + " then worker_id end) as eo, count(distinct case when " + f
                + " then worker_id end) as fo from base where overlapping" + where(q).replace(" where ", " and ")
                + " group by " + cells;
        String sql = "with p as (" + dialect.periods(Dimension.QUARTER) + "), base as (select s.*, p.d, p.e from p "
                + "join spell_ends s on s.start_date <= p.e and (s.end_date is null or s.end_date >= p.d)), "
                + "per_employer as (" + perEmployer + "), per_cell as (" + perCell + "), ov as (" + overlapping + ") "
                + "select " + q.by().stream().map(d -> (d.isPeriod() ? dialect.periodLabel(d, "c." + d.label())
                        : "c." + d.label()) + " as " + d.label() + ", ").collect(Collectors.joining())
                + "c.b, c.f, c.jc, c.jd, c.bs + coalesce(o.bo, 0), c.fs + coalesce(o.fo, 0), "
                + "greatest(c.bs + coalesce(o.bo, 0), c.es + coalesce(o.eo, 0)) from per_cell c left join ov o on "
                + q.by().stream().map(d -> "c." + d.label() + " is not distinct from o." + d.label())
                        .collect(Collectors.joining(" and "));
        List<Object> parameters = new ArrayList<>(List.of(startOfPeriod(Dimension.QUARTER, q.from().atDay(1)),
                startOfPeriod(Dimension.QUARTER, q.to().atDay(1))));
        for (int branch = 0; branch < 2; branch++) {
            q.filters().keySet().stream().sorted().forEach(d -> parameters.add(q.filters().get(d)));
        }
        return new Statement(sql, parameters);
    }

    private static String sum(String condition, String name) {
        return "sum(case when " + condition + " then 1 else 0 end) as " + name + ", ";
    }

    /** The grouping keys: the spell's attributes, and the first day of the period of {@code d}. */
    private String keys(IndicatorQuery q) {
        return q.by().stream().map(d -> (d.isPeriod() ? dialect.periodStart(d, "d") : dialect.dimension(d)) + " as "
                + d.label() + ", ").collect(Collectors.joining());
    }

    private static String labels(IndicatorQuery q) {
        return q.by().stream().map(d -> d.label() + ", ").collect(Collectors.joining());
    }

    /** The grouping keys as published: periods labelled from their first day. */
    private String labelled(IndicatorQuery q) {
        return q.by().stream().map(d -> (d.isPeriod() ? dialect.periodLabel(d, d.label()) + " as " + d.label()
                : d.label()) + ", ").collect(Collectors.joining());
    }

    /**
     * Open spells at each period end of the breakdown's period dimension, or at the end of the query. A spell is open
     * at date e when start_date &lt;= e &lt; end_date. Rather than joining every spell with every period end, each spell
     * adds +1 at the period of its start and −1 at the period of its end (keyed by the period's first day; spells are
     * first counted per cell, start period and end period), and the stock at a period's end is the running sum up to
     * that period (linear in the spells). Distinct workers equal contracts except where one worker holds two open
     * spells in the same cell: only the spells flagged {@code overlapping} (see {@code SpellSql.OVERLAPPING}) can
     * do that, and only they are joined with the period ends to count the excess.
     */
    public Statement stock(IndicatorQuery q) {
        // A period filter without a period breakdown (--filter quarter=2024-Q2) names the period ends to count at.
        Dimension period = finestPeriod(Stream.concat(q.by().stream(), q.filters().keySet().stream()).toList());
        LocalDate to = q.to().atEndOfMonth();
        String periods = period == null ? "select d, d as e from (select cast(? as date) as d) x"
                : dialect.periods(period);
        List<LocalDate> dates = period == null ? List.of(to)
                : List.of(startOfPeriod(period, q.from().atDay(1)), startOfPeriod(period, to));
        List<Dimension> groups = q.by().stream().filter(d -> !d.isPeriod()).toList();
        List<Dimension> spellFilters = q.filters().keySet().stream().filter(d -> !d.isPeriod()).sorted().toList();
        List<Dimension> periodFilters = q.filters().keySet().stream().filter(Dimension::isPeriod).sorted().toList();
        String g = groups.stream().map(d -> d.label() + ", ").collect(Collectors.joining());
        String gList = groups.stream().map(Dimension::label).collect(Collectors.joining(", "));
        String gExprs = groups.stream().map(d -> dialect.dimension(d) + " as " + d.label() + ", ")
                .collect(Collectors.joining());
        String cond = spellFilters.stream().map(d -> " and " + dialect.dimension(d) + " = ?")
                .collect(Collectors.joining());
        String startKey = period == null ? "start_date" : dialect.periodStart(period, "start_date");
        String endKey = period == null ? "end_date" : dialect.periodStart(period, "end_date");
        String sql = "with p as (" + periods + ")"
                + ", spans as (select " + gExprs + startKey + " as ds, " + endKey + " as de, count(*) as n from "
                + "spell_ends where (end_date is null or end_date > start_date)" + cond + " group by " + g + "ds, de)"
                + ", deltas as (select " + g + "d, sum(delta) as delta from (select " + g + "ds as d, n as delta "
                + "from spans union all select " + g + "de as d, -n as delta from spans where de is not null) x "
                + "group by " + g + "d)"
                + ", grid as (" + (groups.isEmpty() ? "select p.d, 0 as delta from p"
                        : "select k.*, p.d, 0 as delta from (select distinct " + gList + " from deltas) k cross join p")
                + ")"
                + ", changes as (select " + g + "d, sum(delta) as delta from (select * from deltas union all "
                + "select * from grid) x group by " + g + "d)"
                + ", running as (select " + g + "d, sum(delta) over (" + (groups.isEmpty() ? "" : "partition by "
                        + gList + " ") + "order by d rows between unbounded preceding and current row) as stock "
                + "from changes)"
                + ", ov as (select " + gExprs + "p.d as d, worker_id from p join spell_ends s on s.overlapping "
                + "and s.start_date <= p.e and (s.end_date is null or s.end_date > p.e)" + cond + ")"
                + ", dup as (select " + g + "d, sum(n - 1) as extra from (select " + g + "d, worker_id, count(*) "
                + "as n from ov group by " + g + "d, worker_id) y where n > 1 group by " + g + "d)"
                + ", cells as (select r.*, u.extra from running r join p on r.d = p.d left join dup u on r.d = u.d"
                + groups.stream().map(d -> " and r." + d.label() + " is not distinct from u." + d.label())
                        .collect(Collectors.joining())
                + " where r.stock > 0)"
                + " select " + q.by().stream().map(d -> d.isPeriod() ? dialect.periodLabel(d, "d") + " as " + d.label()
                        : d.label()).map(x -> x + ", ").collect(Collectors.joining())
                + "stock, stock - coalesce(extra, 0) from cells"
                + periodFilters.stream().map(d -> dialect.label(d) + " = ?")
                        .collect(Collectors.joining(" and ", periodFilters.isEmpty() ? "" : " where ", ""));
        List<Object> parameters = new ArrayList<>(dates);
        for (int branch = 0; branch < 2; branch++) {
            spellFilters.forEach(d -> parameters.add(q.filters().get(d)));
        }
        periodFilters.forEach(d -> parameters.add(q.filters().get(d)));
        return new Statement(sql, parameters);
    }

    /** The shortest period (month, quarter, year) among {@code dimensions}, or null if there is none. */
    private static Dimension finestPeriod(List<Dimension> dimensions) {
        return dimensions.contains(Dimension.MONTH) ? Dimension.MONTH : dimensions.contains(Dimension.QUARTER)
                ? Dimension.QUARTER : dimensions.contains(Dimension.YEAR) ? Dimension.YEAR : null;
    }

    private static LocalDate startOfPeriod(Dimension period, LocalDate day) {
        int months = period.months();
        return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / months * months + 1);
    }

    private static List<Object> params(IndicatorQuery q, List<?> first) {
        List<Object> out = new ArrayList<>(first);
        q.filters().keySet().stream().sorted().forEach(d -> out.add(q.filters().get(d)));
        return out;
    }

    private String where(IndicatorQuery q) {
        if (q.filters().isEmpty()) {
            return "";
        }
        return " where " + q.filters().keySet().stream().sorted().map(d -> dialect.label(d) + " = ?")
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
        // Each statement runs once: hires and the endings give the flows, the net balance, the workers' measures
        // and re-employment at each horizon asked for.
        List<Integer> horizons = q.measures().stream().map(Measure::horizon).filter(h -> h > 0).distinct().sorted()
                .toList();
        java.util.Map<String, List<Row>> ran = new java.util.HashMap<>();
        java.util.Map<String, List<TimesCell>> times = new java.util.HashMap<>();
        java.util.function.Supplier<List<Row>> hires = () -> ran.computeIfAbsent("hires", x -> run.rows(hires(q), q));
        java.util.function.Supplier<List<Row>> endings = () -> ran.computeIfAbsent("endings",
                x -> run.rows(endings(q, horizons), q));
        java.util.function.Supplier<List<Row>> qwi = () -> ran.computeIfAbsent("qwi", x -> run.rows(qwi(q), q));
        java.util.function.Supplier<List<TimesCell>> rehires = () -> times.computeIfAbsent("reemployment",
                x -> TimesCell.of(run.rows(reemploymentTimes(q), q)));
        java.util.function.Supplier<List<TimesCell>> youth = () -> times.computeIfAbsent("youth",
                x -> TimesCell.of(run.rows(youthTimes(q), q)));
        List<Cell> out = new ArrayList<>();
        for (Measure m : q.measures()) {
            int h = 2 + 2 * horizons.indexOf(m.horizon());
            out.addAll(switch (m) {
                case HIRES -> cells(hires.get(), m, 0, 1);
                case HIRES_WORKERS -> cells(hires.get(), m, 1, 1);
                case APPRENTICESHIP_HIRES -> cells(hires.get(), m, 2, 3);
                case TERMINATIONS -> cells(endings.get(), m, 0, 1);
                case TERMINATIONS_WORKERS -> cells(endings.get(), m, 1, 1);
                case NET -> net(cells(hires.get(), Measure.HIRES, 0, 1),
                        cells(endings.get(), Measure.TERMINATIONS, 0, 1));
                case STOCK -> cells(run.rows(stock(q), q), m, 0, 1);
                // Re-employment cells exist where some worker could be followed for the whole horizon.
                case LEAVERS_30, LEAVERS_90, LEAVERS_180, LEAVERS_365 -> cells(followed(endings.get(), h), m, h + 1,
                        h + 1);
                case REEMPLOYED_30, REEMPLOYED_90, REEMPLOYED_180, REEMPLOYED_365 -> cells(followed(endings.get(), h),
                        m, h, h);
                case REEMPLOYMENT_MEDIAN_DAYS -> medians(rehires.get(), m);
                case YOUTH_ENTRANTS -> youth.get().stream().map(c -> new Cell(c.key, m, c.people, c.people, false))
                        .toList();
                case YOUTH_INSERTED -> youth.get().stream().map(c -> new Cell(c.key, m, c.reached, c.reached, false))
                        .toList();
                case YOUTH_INSERTION_MEDIAN_DAYS -> medians(youth.get(), m);
                case BEGINNING -> cells(qwi.get(), m, 0, 4);
                case FULL_QUARTER -> cells(qwi.get(), m, 1, 5);
                case JOB_CREATION -> cells(qwi.get(), m, 2, 6);
                case JOB_DESTRUCTION -> cells(qwi.get(), m, 3, 6);
            });
        }
        return out;
    }

    /** Cells of measure {@code m} from rows: the value is column {@code value}, the disclosure basis {@code workers}. */
    private static List<Cell> cells(List<Row> rows, Measure m, int value, int workers) {
        return rows.stream().map(r -> new Cell(r.key(), m, r.values()[value], r.values()[workers], false)).toList();
    }

    /** The rows where someone could be followed for the horizon whose columns start at {@code column}. */
    private static List<Row> followed(List<Row> endings, int column) {
        return endings.stream().filter(r -> r.values()[column + 1] > 0).toList();
    }

    /** Kaplan–Meier medians by cell, resting on the people of the cell; a cell whose median is not reached has none. */
    private static List<Cell> medians(List<TimesCell> cells, Measure m) {
        return cells.stream().filter(c -> c.median != null).map(c -> new Cell(c.key, m, c.median, c.people, false))
                .toList();
    }

    /** One cell of a times statement: its people, those who had the event, and the Kaplan–Meier median. */
    private record TimesCell(List<String> key, long people, long reached, Long median) {
        /** From rows (days, events, people), cell by cell. */
        static List<TimesCell> of(List<Row> rows) {
            java.util.Map<List<String>, List<long[]>> byCell = new java.util.LinkedHashMap<>();
            for (Row r : rows) {
                byCell.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.values());
            }
            List<TimesCell> out = new ArrayList<>();
            byCell.forEach((key, times) -> {
                times.sort(java.util.Comparator.comparingLong(t -> t[0]));
                out.add(new TimesCell(key, times.stream().mapToLong(t -> t[2]).sum(),
                        times.stream().mapToLong(t -> t[1]).sum(), KaplanMeier.median(times)));
            });
            return out;
        }
    }

    /**
     * Executes a statement on an engine: each result row becomes the breakdown's values (as text, null allowed) and
     * the numbers after them (a null sum, over no rows, as 0).
     */
    public interface Runner {
        List<Row> rows(Statement statement, IndicatorQuery q);
    }
}
