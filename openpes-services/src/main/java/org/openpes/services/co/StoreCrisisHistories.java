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
 * dismissal LCO, end of the employer's activity CAT), and a firm's workers from the kept spell table
 * ({@code spell_ends}, ADR 0007: corrections and annulments applied, each contract's end as the rules set it, and
 * the worker's next hire anywhere after it). Workers stay pseudonymous; a registered person is recognised by the
 * pseudonym of their fiscal code.
 */
public final class StoreCrisisHistories implements CrisisHistories {
    private final Pseudonymiser pseudonyms;
    /** The employer's key and the store's queries, shared. */
    private final StoreEmployerHistories employers;
    /** The worker keys of the last firm and day asked for ({@link #keysOf}), for the registry's next pages. */
    private Set<String> workerKeys = Set.of();
    private String keysOf = "";

    public StoreCrisisHistories(EventStore store, Pseudonymiser pseudonyms) {
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
        List<Worker> out = new ArrayList<>();
        employers.query("select age_class, cp2011, end_date, rehired_on from spell_ends where " + openAt(employerCode,
                at), rs -> out.add(new Worker(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class))));
        return out;
    }

    /**
     * The registered people among the firm's workers: the firm's worker keys are read once for a case (and kept
     * for the next pages of the registry), and each person's fiscal code is pseudonymised here and looked up in
     * them, so a registry of millions costs one read of the store, not one a page.
     */
    @Override
    public Set<PersonId> registeredAmong(String employerCode, LocalDate at, Collection<WorkHistories.Registered> people) {
        Set<String> keys = workerKeys(employerCode, at);
        Set<PersonId> out = new HashSet<>();
        for (WorkHistories.Registered p : people) {
            String pseudonym;
            synchronized (pseudonyms) {
                pseudonym = pseudonyms.pseudonym(p.fiscalCode().value());
            }
            if (keys.contains(pseudonym)) {
                out.add(p.id());
            }
        }
        return out;
    }

    /** The firm's contracts open at the end of {@code at} (the kept spell table; hires only, their end as the rules set it). */
    private String openAt(String employerCode, LocalDate at) {
        String day = "date '" + at + "'";
        return "employer_key = '" + employers.key(employerCode) + "' and start_date <= " + day
                + " and (terminated_on is null or terminated_on > " + day + ") and (end_date is null or end_date >= "
                + day + ")";
    }

    private synchronized Set<String> workerKeys(String employerCode, LocalDate at) {
        String cacheKey = employerCode + "@" + at;
        if (!cacheKey.equals(keysOf)) {
            Set<String> keys = new HashSet<>();
            employers.query("select distinct worker_key from spell_ends where " + openAt(employerCode, at),
                    rs -> keys.add(rs.getString(1)));
            workerKeys = keys;
            keysOf = cacheKey;
        }
        return workerKeys;
    }

    @Override
    public LocalDate observedUntil() {
        return employers.observedUntil();
    }
}
