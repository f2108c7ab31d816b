package org.openpes.services.co;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.services.app.EmployerHistories;

/**
 * Employers' CO from the store's spells (one row per contract, corrections and annulments applied). The store keys
 * an employer by its partita IVA, or by the pseudonym of a sole trader's fiscal code (the same key as the workers').
 * One employer's key goes into the query as a literal, which DuckDB pushes below the spells' grouping; many go into
 * a table of the call's own.
 */
public final class StoreEmployerHistories implements EmployerHistories {
    private final StoreQueries queries;
    private final Pseudonymiser pseudonyms;

    public StoreEmployerHistories(EventStore store, Pseudonymiser pseudonyms) {
        this.queries = new StoreQueries(store);
        this.pseudonyms = pseudonyms;
    }

    /** The store's key of an employer: its partita IVA, or the pseudonym of a sole trader's fiscal code. */
    String key(String employerCode) {
        if (employerCode.length() != 16) {
            if (!employerCode.matches("[0-9]{11}")) {
                throw new OpenPesException(ErrorCode.SRV_004, "employer", "not a partita IVA or a fiscal code");
            }
            return employerCode;
        }
        synchronized (pseudonyms) {
            return pseudonyms.pseudonym(employerCode);
        }
    }

    /**
     * One pass over the employer's spells (the store's events are read once, not once a figure): hires by quarter
     * and contract group (H), terminations by quarter (T), and the contracts open at the end of the day (N).
     */
    @Override
    public History of(String employerCode, LocalDate from, LocalDate day) {
        String f = "date '" + from + "'";
        String d = "date '" + day + "'";
        Map<String, int[]> flows = new TreeMap<>();
        Map<String, Map<String, Integer>> mix = new HashMap<>();
        int[] headcount = {0};
        query("with s as materialized (select start_date, terminated_on, planned_end, contract_group, hired "
                + "from spells where employer_key = '" + key(employerCode) + "') "
                + "select 'H', year(start_date) || '-Q' || quarter(start_date), coalesce(contract_group, 'OTHER'), "
                + "count(*) from s where hired and start_date >= " + f + " group by 2, 3 "
                + "union all select 'T', year(terminated_on) || '-Q' || quarter(terminated_on), null, count(*) "
                + "from s where terminated_on >= " + f + " group by 2 "
                + "union all select 'N', null, null, count(*) from s where hired and start_date <= " + d
                + " and (terminated_on is null or terminated_on > " + d + ") and (planned_end is null or "
                + "planned_end >= " + d + ")", rs -> {
                    switch (rs.getString(1)) {
                        case "H" -> {
                            flows.computeIfAbsent(rs.getString(2), q -> new int[2])[0] += rs.getInt(4);
                            mix.computeIfAbsent(rs.getString(2), q -> new TreeMap<>()).put(rs.getString(3),
                                    rs.getInt(4));
                        }
                        case "T" -> flows.computeIfAbsent(rs.getString(2), q -> new int[2])[1] += rs.getInt(4);
                        default -> headcount[0] = rs.getInt(4);
                    }
                });
        return new History(flows.entrySet().stream().map(e -> new Quarter(e.getKey(), e.getValue()[0],
                e.getValue()[1], mix.getOrDefault(e.getKey(), Map.of()))).toList(), headcount[0]);
    }

    @Override
    public Map<String, Integer> hiresSince(Collection<String> employerCodes, LocalDate from) {
        Map<String, String> codeOfKey = new HashMap<>();
        employerCodes.forEach(c -> codeOfKey.put(key(c), c));
        Map<String, Integer> out = new HashMap<>();
        if (codeOfKey.isEmpty()) {
            return out;
        }
        queries.withTable("employer_key varchar", a -> {
            for (String k : codeOfKey.keySet()) {
                a.beginRow();
                a.append(k);
                a.endRow();
            }
        }, null, table -> "select employer_key, count(*) from spells where hired and start_date >= date '" + from
                + "' and employer_key in (select employer_key from " + table + ") group by 1",
                rs -> out.put(codeOfKey.get(rs.getString(1)), rs.getInt(2)), "employers' hires");
        return out;
    }

    @Override
    public Map<String, LocalDate> hiresFound(Collection<Expected> expected) {
        Map<String, LocalDate> out = new HashMap<>();
        if (expected.isEmpty()) {
            return out;
        }
        queries.withTable("k varchar, worker_key varchar, employer_key varchar, f varchar, t varchar", a -> {
            for (Expected e : expected) {
                a.beginRow();
                a.append(e.key());
                synchronized (pseudonyms) {
                    a.append(pseudonyms.pseudonym(e.person().value()));
                }
                a.append(key(e.employerCode()));
                a.append(e.from().toString());
                a.append(e.to().toString());
                a.endRow();
            }
        }, null, table -> "select e.k, min(s.start_date) from " + table + " e join (select worker_key, "
                + "employer_key, start_date from spells where hired and worker_key in (select worker_key from "
                + table + ")) s on s.worker_key = e.worker_key and s.employer_key = e.employer_key and "
                + "s.start_date between cast(e.f as date) and cast(e.t as date) group by e.k",
                rs -> out.put(rs.getString(1), rs.getObject(2, LocalDate.class)), "hires to confirm");
        return out;
    }

    @Override
    public LocalDate observedUntil() {
        LocalDate[] d = {null};
        query("select last_date from observation", rs -> d[0] = rs.getObject(1, LocalDate.class));
        return d[0];
    }

    /** A query of the employer services (OPES-CO-034 on a failure). */
    void query(String sql, StoreQueries.Rows rows) {
        queries.query(sql, rows, "employers' CO");
    }
}
