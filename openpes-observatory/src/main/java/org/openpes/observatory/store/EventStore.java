package org.openpes.observatory.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.co.CoCodes;
import org.openpes.reference.co.ContractGroup;

/**
 * Reads the analytics store through DuckDB. Three views, in order:
 * <ul>
 * <li>{@code events}: the committed batches, one row per communication id, with corrections applied (a corrected
 * or annulled communication disappears; a correction stands in its place; annulments themselves are dropped);</li>
 * <li>{@code spells}: one row per contract (employer, worker, start date) with its end: the termination date, else
 * open after a transformation to a permanent contract, else the planned end as extended, else open;</li>
 * <li>{@code spell_ends}: the spells with their end date, with whether they overlap another spell of their worker
 * and when the worker was next hired: materialised once for each set of committed batches and kept in the store
 * ({@link SpellCache});</li>
 * <li>{@code observation}: one row, the last event date ({@code last_date}).</li>
 * </ul>
 * The rules and a worked example of each are in docs/indicators.md.
 */
public final class EventStore implements AutoCloseable {
    /** Rule S1: one row per contract (employer, worker, start date); {@code %s} is the codes made permanent. */
    private static final String SPELLS = """
            create view spells as
            select employer_key, worker_key, start_date,
                   any_value(section) filter (where event_type = 'HIRE') as section,
                   any_value(ateco2025) filter (where event_type = 'HIRE') as ateco2025,
                   any_value(province) filter (where event_type = 'HIRE') as province,
                   any_value(workplace_comune) filter (where event_type = 'HIRE') as workplace_comune,
                   any_value(contract_group) filter (where event_type = 'HIRE') as contract_group,
                   any_value(working_time) filter (where event_type = 'HIRE') as working_time,
                   any_value(cp2011) filter (where event_type = 'HIRE') as cp2011,
                   any_value(sex) filter (where event_type = 'HIRE') as sex,
                   any_value(age_class) filter (where event_type = 'HIRE') as age_class,
                   any_value(citizenship_group) filter (where event_type = 'HIRE') as citizenship_group,
                   any_value(education) filter (where event_type = 'HIRE') as education,
                   min(event_date) filter (where event_type = 'TERMINATION') as terminated_on,
                   min(event_date) filter (where event_type = 'TRANSFORMATION' and transformation_code in (%s))
                     as permanent_on,
                   greatest(max(planned_end_date) filter (where event_type = 'HIRE'),
                            max(extension_end_date)) as planned_end,
                   bool_or(event_type = 'HIRE') as hired,
                   max(event_date) as last_event
            from events group by employer_key, worker_key, start_date
            """;

    private final Connection connection;

    private EventStore(Connection connection) {
        this.connection = connection;
    }

    public static EventStore open(Path store, ReferenceData ref) {
        return open(store, ref, () -> { });
    }

    /** Opens a store; {@code beforeBuild} runs first if its spells must be built (minutes for a large store). */
    public static EventStore open(Path store, ReferenceData ref, Runnable beforeBuild) {
        CoCodes codes = ref.coCodes();
        Path batches = store.resolve("batches");
        if (!Files.isDirectory(batches)) {
            throw new OpenPesException(ErrorCode.CO_034, store, "not an OpenPES store (no batches/ directory)");
        }
        String toPermanent = codes.transformationTypes().stream()
                .filter(t -> t.toGroup().filter(g -> g == ContractGroup.PERMANENT).isPresent())
                .map(t -> "'" + t.code().replace("'", "") + "'").sorted().collect(Collectors.joining(", "));
        String glob = batches.toString().replace("'", "''") + "/*/events/**/*.parquet";
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement st = c.createStatement()) {
                st.execute("set memory_limit = '" + memoryLimitMb() + "MB'");
            }
            List<Lookups.Table> lookups = Lookups.of(ref);
            load(c, lookups);
            List<String> views = views(glob, toPermanent);
            try (Statement st = c.createStatement()) {
                for (String view : views) {
                    st.execute(view);
                }
                List<String> definitions = new ArrayList<>(views);
                definitions.addAll(List.of(SpellSql.SPELL_BASE, SpellSql.SPELL_ENDS, SpellSql.OBSERVATION));
                lookups.forEach(t -> definitions.add(t.toString()));
                SpellCache.attach(c, store, definitions, (s, prefix) -> buildSpells(s, prefix, glob),
                        beforeBuild);
            }
            return new EventStore(c);
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, store, "cannot open the store: " + e.getMessage());
        }
    }

    /** The views over the stored events, in order: rules E1 and E2, then the spells (docs/indicators.md). */
    private static List<String> views(String glob, String toPermanent) {
        return List.of(
                // Rule E1: a communication id stored by several batches counts once.
                "create view raw_events as select * from read_parquet('" + glob + "', hive_partitioning = true) "
                        + "qualify row_number() over (partition by communication_id order by batch) = 1",
                // Rule E2: corrections and annulments.
                "create view events as select e.* from raw_events e anti join (select distinct corrects_id from "
                        + "raw_events where corrects_id is not null) c on e.communication_id = c.corrects_id where "
                        + "e.kind <> 'ANNULMENT'",
                SPELLS.formatted(toPermanent));
    }

    /** Materialises {@code spell_ends} and {@code observation} with the tables' names prefixed by {@code prefix}. */
    private static void buildSpells(Statement st, String prefix, String glob) throws SQLException {
        st.execute("create temp table worker_ids as select worker_key, row_number() over () as worker_id "
                + "from (select distinct worker_key from read_parquet('" + glob + "'))");
        st.execute("create temp table spell_base as " + SpellSql.SPELL_BASE);
        st.execute("create table " + prefix + "spell_ends as " + SpellSql.SPELL_ENDS);
        st.execute("drop table spell_base");
        st.execute("drop table worker_ids");
        if (prefix.isEmpty()) {
            st.execute("create table observation as " + SpellSql.OBSERVATION);
        } else {
            st.execute("create temp view spell_ends as select * from " + prefix + "spell_ends");
            st.execute("create table " + prefix + "observation as " + SpellSql.OBSERVATION);
            st.execute("drop view spell_ends");
        }
    }

    /**
     * DuckDB's memory limit: 70% of the machine's memory, and at most what is left after this JVM's largest heap and
     * 2 GB for the rest of the process. With DuckDB's default (80%) and a 3 GB heap, building the spells of 60M events
     * peaked at 22.1 GB of a 23 GB machine. Beyond the limit DuckDB spills to {@code spells/.tmp}.
     */
    static long memoryLimitMb() {
        long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        return Math.max(512, Math.min(total * 7 / 10, total - heap - 2048));
    }

    /** Deletes the spells kept in a store, so that the next {@link #open} builds them (for benchmarks). */
    public static void forgetSpells(Path store) {
        SpellCache.forget(store);
    }

    private static void load(Connection c, List<Lookups.Table> tables) throws SQLException {
        for (Lookups.Table t : tables) {
            try (Statement st = c.createStatement()) {
                st.execute("create table " + t.name() + " (" + t.columns().stream().map(x -> x + " varchar")
                        .collect(Collectors.joining(", ")) + ")");
            }
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                    t.name())) {
                for (List<String> row : t.rows()) {
                    a.beginRow();
                    for (String v : row) {
                        if (v == null) {
                            a.appendNull();
                        } else {
                            a.append(v);
                        }
                    }
                    a.endRow();
                }
            }
        }
    }

    /** One quarter of flows and stock. */
    public record Quarter(String quarter, long hires, long hireWorkers, long terminations, long terminationWorkers,
            long stockEnd) {
    }

    /** Quarterly hires, terminations and end-of-quarter stock from {@code fromYear} to {@code toYear}. */
    public List<Quarter> quarterly(int fromYear, int toYear) {
        String sql = """
                with q as (
                  select y, qq, make_date(y, 3 * qq - 2, 1) as q_start,
                         (make_date(y, 3 * qq - 2, 1) + interval 3 month - interval 1 day)::date as q_end
                  from range(?, ? + 1) r(y), range(1, 5) s(qq)
                )
                select y || '-Q' || qq as quarter,
                  (select count(*) from spell_ends where start_date between q_start and q_end) as hires,
                  (select count(distinct worker_key) from spell_ends where start_date between q_start and q_end),
                  (select count(*) from spell_ends where end_date between q_start and q_end),
                  (select count(distinct worker_key) from spell_ends where end_date between q_start and q_end),
                  (select count(*) from spell_ends where start_date <= q_end and (end_date is null or end_date > q_end))
                from q order by y, qq
                """;
        try (var ps = connection.prepareStatement(sql)) {
            ps.setInt(1, fromYear);
            ps.setInt(2, toYear);
            try (ResultSet rs = ps.executeQuery()) {
                List<Quarter> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Quarter(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "store", "query failed: " + e.getMessage());
        }
    }

    /**
     * QWI-style quarterly measures (after the US Census LEHD Quarterly Workforce Indicators), over spells:
     * beginning-of-quarter employment B (open at the end of the day before the quarter), end-of-quarter E, full-quarter
     * F (open from before the quarter to after it), hires H, separations S, and job creation and destruction: the sums
     * over employers of the positive and negative parts of E − B. By construction E = B + H − S and
     * H − S = JC − JD.
     */
    public record Qwi(String quarter, long beginning, long end, long fullQuarter, long hires, long separations,
            long jobCreation, long jobDestruction) {

        /** (H + S) / 2 over the average of B and E. */
        public double turnoverRate() {
            return (hires + separations) / 2.0 / Math.max(1, (beginning + end) / 2.0);
        }

        /** (JC + JD) over the average of B and E. */
        public double reallocationRate() {
            return (jobCreation + jobDestruction) / Math.max(1, (beginning + end) / 2.0);
        }
    }

    public List<Qwi> qwi(int fromYear, int toYear) {
        String sql = """
                with q as (
                  select y, qq, make_date(y, 3 * qq - 2, 1) as a,
                         (make_date(y, 3 * qq - 2, 1) + interval 3 month - interval 1 day)::date as b
                  from range(?, ? + 1) r(y), range(1, 5) s(qq)
                ), per_employer as (
                  select q.y, q.qq, s.employer_key,
                    count(*) filter (where s.start_date < q.a and (s.end_date is null or s.end_date >= q.a)) as bq,
                    count(*) filter (where s.start_date <= q.b and (s.end_date is null or s.end_date > q.b)) as eq,
                    count(*) filter (where s.start_date < q.a and (s.end_date is null or s.end_date > q.b)) as fq,
                    count(*) filter (where s.start_date between q.a and q.b) as hq,
                    count(*) filter (where s.end_date between q.a and q.b) as sq
                  from q join spell_ends s on s.start_date <= q.b and (s.end_date is null or s.end_date >= q.a)
                  group by all
                )
                select y || '-Q' || qq, sum(bq), sum(eq), sum(fq), sum(hq), sum(sq),
                       sum(greatest(eq - bq, 0)), sum(greatest(bq - eq, 0))
                from per_employer group by y, qq order by y, qq
                """;
        try (var ps = connection.prepareStatement(sql)) {
            ps.setInt(1, fromYear);
            ps.setInt(2, toYear);
            try (ResultSet rs = ps.executeQuery()) {
                List<Qwi> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Qwi(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "store", "query failed: " + e.getMessage());
        }
    }

    /** The DuckDB connection with the views, for the indicator engine of this package's sibling. */
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
