package org.openpes.services.co;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.services.app.CrisisHistories;
import org.openpes.services.app.WorkHistories;
import org.openpes.services.crisis.WatchRule;
import org.openpes.services.people.PersonId;

/**
 * The crisis unit's reads of the store: firms' flows from the events (terminations carry their reason: collective
 * dismissal LCO, end of the employer's activity CAT), and a firm's workers from the spells (corrections and
 * annulments applied). A worker's next hire is the first HIRE event after their contract's end: read from the
 * events, not the spells, so that the store does not regroup every event into spells for it. Workers stay pseudonymous; a registered person is recognised by the pseudonym of their fiscal
 * code.
 */
public final class StoreCrisisHistories implements CrisisHistories {
    private final StoreQueries queries;
    private final Pseudonymiser pseudonyms;
    /** The employer's key and the store's queries, shared. */
    private final StoreEmployerHistories employers;

    public StoreCrisisHistories(EventStore store, Pseudonymiser pseudonyms) {
        this.queries = new StoreQueries(store);
        this.pseudonyms = pseudonyms;
        this.employers = new StoreEmployerHistories(store, pseudonyms);
    }

    @Override
    public List<Firm> flows(Set<String> provinces, LocalDate until) {
        for (String p : provinces) {
            if (!p.matches("[0-9]{3}")) {
                throw new OpenPesException(ErrorCode.SRV_004, "province", "three digits");
            }
        }
        if (provinces.isEmpty()) {
            return List.of();
        }
        String lately = "date '" + until.minusMonths(6) + "'";
        String before = "date '" + until.minusMonths(12) + "'";
        String end = "date '" + until + "'";
        List<Firm> out = new ArrayList<>();
        employers.query("select employer_key, any_value(province), "
                + "count(*) filter (where event_type = 'HIRE' and event_date > " + lately + "), "
                + "count(*) filter (where event_type = 'HIRE' and event_date <= " + lately + "), "
                + "count(*) filter (where event_type = 'TERMINATION' and event_date > " + lately + "), "
                + "count(*) filter (where event_type = 'TERMINATION' and event_date <= " + lately + "), "
                + "count(*) filter (where event_type = 'TERMINATION' and event_date > " + lately
                + " and termination_reason in ('LCO', 'CAT')) "
                + "from events where event_date > " + before + " and event_date <= " + end + " and province in ("
                + provinces.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", ")) + ") "
                + "group by employer_key having count(*) filter (where event_type = 'TERMINATION' and event_date > "
                + lately + ") >= 5 or count(*) filter (where event_type = 'HIRE' and event_date <= " + lately
                + ") >= 5", rs -> out.add(new Firm(rs.getString(1), rs.getString(2), new WatchRule.Flows(
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)))));
        return out;
    }

    @Override
    public List<Worker> workersAt(String employerCode, LocalDate at) {
        String day = "date '" + at + "'";
        List<Worker> out = new ArrayList<>();
        employers.query("with w as materialized (select worker_key, start_date, age_class, cp2011, "
                + "coalesce(terminated_on, planned_end) as ended from spells where employer_key = '"
                + employers.key(employerCode) + "' and hired and start_date <= " + day + " and (terminated_on is null or "
                + "terminated_on > " + day + ") and (planned_end is null or planned_end >= " + day + ")) "
                + "select w.age_class, w.cp2011, w.ended, min(h.start_date) filter (where h.start_date > w.ended) "
                + "from w left join (select worker_key, start_date from events where event_type = 'HIRE' and "
                + "worker_key in (select worker_key from w)) h on h.worker_key = w.worker_key "
                + "group by w.worker_key, w.start_date, w.age_class, w.cp2011, w.ended",
                rs -> out.add(new Worker(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class))));
        return out;
    }

    @Override
    public Set<PersonId> registeredAmong(String employerCode, LocalDate at, Collection<WorkHistories.Registered> people) {
        Set<PersonId> out = new HashSet<>();
        if (people.isEmpty()) {
            return out;
        }
        String day = "date '" + at + "'";
        queries.withTable("seeker_id varchar, worker_key varchar", a -> {
            for (WorkHistories.Registered p : people) {
                a.beginRow();
                a.append(p.id().value());
                synchronized (pseudonyms) {
                    a.append(pseudonyms.pseudonym(p.fiscalCode().value()));
                }
                a.endRow();
            }
        }, null, table -> "select distinct p.seeker_id from " + table + " p join (select worker_key from spells "
                + "where employer_key = '" + employers.key(employerCode) + "' and hired and start_date <= " + day
                + " and (terminated_on is null or terminated_on > " + day + ") and (planned_end is null or "
                + "planned_end >= " + day + ")) w on w.worker_key = p.worker_key",
                rs -> out.add(new PersonId(rs.getString(1))), "crisis workers");
        return out;
    }

    @Override
    public LocalDate observedUntil() {
        return employers.observedUntil();
    }
}
