package org.openpes.services.co;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.services.app.WorkHistories;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.WorkHistory;

/**
 * People's work histories from the store's spells (one row per contract, corrections and annulments applied). The
 * people go into a table of the call's own, dropped at the end, keyed by the pseudonym of their fiscal code; each
 * call has its own connection (a duplicate of the store's, so that requests do not share one); the query summarises
 * each one's spells around their date.
 */
public final class StoreWorkHistories implements WorkHistories {
    private static final String HISTORIES = """
            with s as (
              select worker_key, start_date, coalesce(terminated_on, planned_end) as end_date, cp2011, contract_group,
                     contract_group = 'PERMANENT' or planned_end is null
                       or planned_end >= start_date + interval 182 day as durable
              from spells where hired and %1$s)
            select p.seeker_id,
                   count(s.start_date) filter (where s.start_date < p.seen_at
                                                 and s.start_date >= p.seen_at - interval 730 day),
                   max(s.end_date) filter (where s.end_date <= p.seen_at),
                   arg_max(s.cp2011, s.start_date) filter (where s.start_date < p.seen_at),
                   arg_max(s.contract_group, s.start_date) filter (where s.start_date < p.seen_at),
                   min(s.start_date) filter (where s.start_date > p.seen_at),
                   arg_min(s.durable, s.start_date) filter (where s.start_date > p.seen_at)
            from %2$s p left join s on s.worker_key = p.worker_key
            group by p.seeker_id
            """;

    private final StoreQueries queries;
    private final Pseudonymiser pseudonyms;

    public StoreWorkHistories(EventStore store, Pseudonymiser pseudonyms) {
        this.queries = new StoreQueries(store);
        this.pseudonyms = pseudonyms;
    }

    /** The CP2011 codes of each person's hires before a day, most recent first. */
    private static final String EARLIER = """
            select p.seeker_id, list(s.cp2011 order by s.start_date desc)
            from %2$s p join (select worker_key, start_date, cp2011 from spells
                              where hired and cp2011 is not null and cp2011 <> '' and %1$s) s
                         on s.worker_key = p.worker_key
            where s.start_date < p.seen_at
            group by p.seeker_id
            """;

    @Override
    public Map<PersonId, WorkHistory> of(Collection<Person> people, LocalDate fallback) {
        Map<PersonId, WorkHistory> out = new HashMap<>();
        query(people.stream().map(p -> new Registered(p.id(), p.fiscalCode(),
                p.didDate() == null ? fallback : p.didDate())).toList(), HISTORIES, rs -> out.put(
                new PersonId(rs.getString(1)), new WorkHistory(rs.getInt(2), date(rs, 3), rs.getString(4),
                        rs.getString(5), date(rs, 6), rs.getBoolean(7))));
        return out;
    }

    @Override
    public Map<PersonId, List<String>> occupationsBefore(Collection<Registered> people) {
        Map<PersonId, List<String>> out = new HashMap<>();
        query(people, EARLIER, rs -> {
            List<String> codes = new ArrayList<>();
            try (ResultSet list = rs.getArray(2).getResultSet()) {
                while (list.next()) {
                    codes.add(list.getString(2));
                }
            }
            out.put(new PersonId(rs.getString(1)), codes);
        });
        return out;
    }

    /**
     * Runs {@code sql} (with the spells' filter as %1$s and the people's table as %2$s) over the people, each row to
     * {@code rows}. One person's key goes into the filter as a literal, which DuckDB pushes below the spells'
     * grouping (a look-up, not a scan).
     */
    private void query(Collection<Registered> people, String sql, StoreQueries.Rows rows) {
        String[] onlyKey = {null};
        queries.withTable("seeker_id varchar, worker_key varchar, seen_at varchar", a -> {
            for (Registered p : people) {
                a.beginRow();
                a.append(p.id().value());
                String key;
                synchronized (pseudonyms) {
                    key = pseudonyms.pseudonym(p.fiscalCode().value());
                }
                a.append(key);
                onlyKey[0] = key;
                a.append(p.on().toString());
                a.endRow();
            }
        }, "alter table {table} alter seen_at type date", table -> sql.formatted(people.size() == 1
                ? "worker_key = '" + onlyKey[0] + "'" : "worker_key in (select worker_key from " + table + ")",
                table), rows, "work histories");
    }

    @Override
    public LocalDate observedUntil() {
        LocalDate[] d = {null};
        queries.query("select last_date from observation", rs -> d[0] = rs.getObject(1, LocalDate.class),
                "observation end");
        return d[0];
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
