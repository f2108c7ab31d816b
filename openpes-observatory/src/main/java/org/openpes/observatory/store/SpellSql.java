package org.openpes.observatory.store;

/**
 * The engine-neutral SQL that builds the spell table from the {@code spells} view, shared by both stores (this
 * package's {@link EventStore} on DuckDB, and the Spark store): each store defines {@code spells},
 * {@code worker_ids}, {@code territory} and {@code occupation}, then materialises {@link #SPELL_BASE} as
 * {@code spell_base}, {@link #SPELL_ENDS} as {@code spell_ends} and {@link #OBSERVATION} as {@code observation}.
 * The rules are in docs/indicators.md.
 */
public final class SpellSql {
    private SpellSql() {
    }

    /**
     * The order of a worker's spells: by start, then end (an open end last, spelled out since the engines' defaults
     * differ), then employer. Each worker's first spell in it is the one with no {@code prev_start}.
     */
    private static final String ORDER = "start_date, end_date nulls last, employer_key";

    /**
     * The expression, over a spell and the other spells of its worker, of whether its interval [start_date,
     * end_date) meets another one's (a null end is open): only such spells can put one worker twice in a stock cell.
     * Both stores compute it once, when they build {@code spell_ends}.
     */
    public static final String OVERLAPPING = "coalesce(start_date < max(coalesce(end_date, date '9999-12-31')) over "
            + "(" + byWorker(ORDER, "unbounded preceding and 1 preceding") + "), false) or coalesce(lead(start_date) "
            + "over (" + byWorker(ORDER, null) + ") < coalesce(end_date, date '9999-12-31'), false) as overlapping";

    /**
     * The spells with their end date (rules S1–S3), the breakdowns looked up from the reference data
     * ({@link Lookups}) and {@code worker_id}, a number standing for the worker key within this open store (from
     * {@code worker_ids}, which each store builds: grouping and sorting by a number is faster than by a 32-character
     * key). The first of two steps: materialised on its own, since the next step reads it twice. Shared by both
     * stores.
     */
    public static final String SPELL_BASE = "select s.*, w.worker_id, t.cpi, t.region, t.nuts3, o.isco from (select *, "
            + "case when terminated_on is not null then terminated_on when permanent_on is not null then null "
            + "else planned_end end as end_date from spells where hired) s join worker_ids w on w.worker_key = "
            + "s.worker_key left join territory t on t.comune = s.workplace_comune left join occupation o on "
            + "o.cp2011 = s.cp2011";

    /**
     * The spells of {@code spell_base} that have an end, each with {@code rehired_on}, the first start of a spell of
     * the same worker strictly after that end (null if none), and the worker's previous and next end
     * ({@code prev_end}, {@code next_end}). One sort of starts and ends per worker, starts before ends on the same
     * day: the first start following an end in that order is its re-hire.
     */
    static final String REHIRED = "select worker_id, employer_key, start_date, rehired_on, prev_end, next_end from "
            + "(select *, min(case when kind = 0 then t end) over (" + byWorker("t, kind", "1 following and unbounded "
            + "following") + ") as rehired_on, max(case when kind = 1 then t end) over (" + byWorker("t, kind",
            "unbounded preceding and 1 preceding") + ") as prev_end, min(case when kind = 1 then t end) over ("
            + byWorker("t, kind", "1 following and unbounded following") + ") as next_end from (select worker_id, "
            + "start_date as t, 0 as kind, cast(null as string) as employer_key, cast(null as date) as start_date "
            + "from spell_base union all select worker_id, end_date, 1, employer_key, start_date from spell_base "
            + "where end_date is not null) m) x where kind = 1";

    /**
     * The spell table, second step: each spell of {@code spell_base} with whether it overlaps another of its
     * worker's ({@link #OVERLAPPING}), when the worker was next hired ({@link #REHIRED}), and the starts and ends of
     * the worker's neighbouring spells (the indicators use them to count distinct workers quickly). Shared by both
     * stores.
     */
    public static final String SPELL_ENDS = "select *, " + OVERLAPPING + ", lag(start_date) over ("
            + byWorker(ORDER, null) + ") as prev_start, lead(start_date) over (" + byWorker(ORDER, null)
            + ") as next_start from (select s.*, r.rehired_on, "
            + "r.prev_end, r.next_end from spell_base s left join (" + REHIRED + ") r on s.worker_id = r.worker_id "
            + "and s.employer_key = r.employer_key and s.start_date = r.start_date) j";

    private static String byWorker(String order, String rows) {
        return "partition by worker_id order by " + order + (rows == null ? "" : " rows between " + rows);
    }

    /** The last event date of the spells: re-employment can be followed up to it. Shared by both stores. */
    public static final String OBSERVATION = "select max(last_event) as last_date from spell_ends";
}
