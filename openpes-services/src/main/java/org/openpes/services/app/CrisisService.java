package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.crisis.CrisisCase;
import org.openpes.services.crisis.Procedure;
import org.openpes.services.crisis.Signal;
import org.openpes.services.crisis.WatchRule;
import org.openpes.services.employers.EmployerAccount;
import org.openpes.services.outcomes.Survival;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * The crisis unit: the watch list of firms whose CO show signs of crisis ({@link WatchRule}), and a firm's crisis
 * case with its workers taken from the CO (the contracts open at a day: all of them counted, the registered ones
 * named) and their re-employment curve from the CO after their contract ended (Kaplan–Meier, overall, by age
 * class, and by occupation: the CP2011 major group of the contract that ended). A firm belongs to the CPI of its
 * workplace: read in the search scope, a case opened in the capture scope.
 */
public final class CrisisService extends UseCases<CrisisStore.Tx> {
    /** Registered people are compared with the workers this many at a time. */
    private static final int REGISTRY_PAGE = 50_000;

    private final EmployerService employers;
    private final Access access;
    private final Places places;
    private final CrisisHistories histories;
    private final Clock clock;

    public CrisisService(CrisisStore store, EmployerService employers, Places places, CrisisHistories histories,
            Clock clock) {
        super(store);
        this.employers = employers;
        this.access = new Access(places);
        this.places = places;
        this.histories = histories;
        this.clock = clock;
    }

    /** A firm of the watch list: its account (null for a sole trader, pseudonymous in the store), flows, signals. */
    public record Watched(EmployerAccount account, String province, WatchRule.Flows flows, Set<Signal> signals) {
    }

    /** The re-employment curve of a group of workers, and its median in days (null: not reached). */
    public record Curve(String group, int workers, int reemployed, Integer medianDays, List<Survival.Step> steps) {
    }

    /** A crisis case with its workers and their re-employment. */
    public record CaseView(CrisisCase crisisCase, EmployerAccount employer, int workers, int stillEmployed,
            List<Person> registered, List<Curve> curves, LocalDate observedUntil,
            Meetings.Dated roundTable) {
    }

    /** The firms of the caller's search scope with a signal in the store's last two quarters, most terminations first. */
    public Outcome<List<Watched>> watchList(Caller caller) {
        return run(caller, UseCase.WATCH_FIRMS, tx -> {
            Set<String> provinces = new HashSet<>();
            places.cpisIn(caller.search()).forEach(c -> provinces.add(places.of(c).provinceCode()));
            List<Watched> out = new ArrayList<>();
            List<CrisisHistories.Firm> firms = histories.flows(provinces, histories.observedUntil());
            Map<String, String> accounts = tx.accountIds(firms.stream().map(CrisisHistories.Firm::employerKey)
                    .toList());
            for (CrisisHistories.Firm f : firms) {
                Set<Signal> signals = WatchRule.signals(f.flows());
                if (!signals.isEmpty()) {
                    String id = accounts.get(f.employerKey());
                    out.add(new Watched(id == null ? null : tx.account(id).orElse(null), f.province(), f.flows(),
                            signals));
                }
            }
            out.sort((a, b) -> Integer.compare(b.flows().terminationsLately(), a.flows().terminationsLately()));
            audit(tx, caller, AuditAction.SEARCH, "firms:" + out.size(), "crisis watch list");
            return out;
        });
    }

    /** Opens a case for the firm, its workers those of the contracts open at the end of {@code at}. */
    public Outcome<CaseView> open(Caller caller, String accountId, Procedure procedure, String at) {
        return run(caller, UseCase.OPEN_CRISIS_CASE, tx -> {
            EmployerAccount a = employers.account(tx, caller, accountId, true);
            LocalDate day;
            try {
                day = LocalDate.parse(at == null ? "" : at.strip());
            } catch (DateTimeParseException e) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "at", "'" + at + "' is not a date (YYYY-MM-DD)"));
            }
            if (day.isAfter(histories.observedUntil())) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "at", "the CO reach " + histories.observedUntil()
                        + " only"));
            }
            List<CrisisHistories.Worker> workers = histories.workersAt(a.employerCode(), day);
            Set<PersonId> registered = new HashSet<>();
            for (String after = null;;) {
                List<WorkHistories.Registered> page = tx.registry(after, REGISTRY_PAGE);
                if (page.isEmpty()) {
                    break;
                }
                registered.addAll(histories.registeredAmong(a.employerCode(), day, page));
                after = page.get(page.size() - 1).id().value();
            }
            CrisisCase c = new CrisisCase(Ids.next("K"), accountId, a.employerCode(), procedure,
                    LocalDate.now(clock), day, places.cpiOfComune(a.workplaceComune()));
            tx.insert(c, workers.size(), registered);
            audit(tx, caller, AuditAction.CREATE, "crisis:" + c.id() + " employer:" + accountId + " people:"
                    + registered.size(), "crisis case opened, workers from the CO");
            return view(tx, caller, c, a, workers);
        });
    }

    public Outcome<CaseView> read(Caller caller, String caseId) {
        return run(caller, UseCase.READ_CRISIS_CASE, tx -> {
            CrisisCase c = tx.crisisCase(caseId).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009,
                    "crisis case", caseId)));
            EmployerAccount a = employers.account(tx, caller, c.accountId(), false);
            CaseView v = view(tx, caller, c, a, histories.workersAt(a.employerCode(), c.workersAt()));
            audit(tx, caller, AuditAction.READ, "crisis:" + caseId + " people:" + v.registered().size(),
                    "crisis case");
            return v;
        });
    }

    /** The registered workers of a case whom the caller may change (capture scope): those a group assessment enrols. */
    public Outcome<List<PersonId>> workersToEnrol(Caller caller, String caseId) {
        return run(caller, UseCase.GROUP_ASSESSMENT, tx -> {
            CrisisCase c = writable(tx, caller, caseId);
            List<PersonId> out = tx.people(tx.registeredWorkers(c.id())).stream()
                    .filter(p -> access.inScope(caller, p.ownerCpi(), true)).map(Person::id).toList();
            audit(tx, caller, AuditAction.READ, "crisis:" + c.id() + " people:" + out.size(),
                    "workers for the group assessment");
            return out;
        });
    }

    /** Records a meeting of the case's round table (the firm, unions, the Region, INPS...) with its follow-ups. */
    public Outcome<Meetings.Dated> recordRoundTable(Caller caller, String caseId,
            org.openpes.services.meetings.MeetingForm form) {
        return run(caller, UseCase.RECORD_ROUND_TABLE, tx -> {
            CrisisCase c = writable(tx, caller, caseId);
            Meetings.record(tx, tx.meetings(), caller, "crisis:" + c.id(), form, LocalDate.now(clock));
            return new Meetings.Dated(tx.meetings().of("crisis:" + c.id()), LocalDate.now(clock));
        });
    }

    /** Marks a follow-up of the case's round table done today. */
    public Outcome<Meetings.Dated> completeFollowUp(Caller caller, String caseId,
            String followUpId) {
        return run(caller, UseCase.COMPLETE_CRISIS_FOLLOW_UP, tx -> Meetings.complete(tx, tx.meetings(), caller,
                "crisis:" + writable(tx, caller, caseId).id(), followUpId, LocalDate.now(clock)));
    }

    private CrisisCase writable(CrisisStore.Tx tx, Caller caller, String caseId) {
        CrisisCase c = tx.crisisCase(caseId == null ? "" : caseId).orElseThrow(() -> new Refused(new Refusal(
                ErrorCode.SRV_009, "crisis case", caseId)));
        employers.account(tx, caller, c.accountId(), true);
        return c;
    }

    private CaseView view(CrisisStore.Tx tx, Caller caller, CrisisCase c, EmployerAccount a,
            List<CrisisHistories.Worker> workers) {
        LocalDate until = histories.observedUntil();
        List<CrisisHistories.Worker> left = workers.stream().filter(w -> w.ended() != null
                && !w.ended().isAfter(until)).toList();
        List<Curve> curves = new ArrayList<>();
        curves.add(curve("all", left, until));
        Map<String, List<CrisisHistories.Worker>> byAge = new TreeMap<>();
        left.forEach(w -> byAge.computeIfAbsent(w.ageClass() == null ? "?" : w.ageClass(), k -> new ArrayList<>())
                .add(w));
        byAge.forEach((age, ws) -> curves.add(curve(age, ws, until)));
        Map<String, List<CrisisHistories.Worker>> byOccupation = new TreeMap<>();
        left.stream().filter(w -> w.cp2011() != null && !w.cp2011().isEmpty()).forEach(w -> byOccupation
                .computeIfAbsent("CP2011 " + w.cp2011().charAt(0), k -> new ArrayList<>()).add(w));
        byOccupation.forEach((group, ws) -> curves.add(curve(group, ws, until)));
        List<Person> registered = tx.people(tx.registeredWorkers(c.id())).stream()
                .filter(p -> access.inScope(caller, p.ownerCpi(), false)).toList();
        return new CaseView(c, a, tx.workers(c.id()), workers.size() - left.size(), registered, curves, until,
                new Meetings.Dated(tx.meetings().of("crisis:" + c.id()), LocalDate.now(clock)));
    }

    /** Days from the contract's end to the next hire, censored at the store's last day. */
    private static Curve curve(String group, List<CrisisHistories.Worker> ws, LocalDate until) {
        int[] days = new int[ws.size()];
        boolean[] event = new boolean[ws.size()];
        double[] weight = new double[ws.size()];
        int reemployed = 0;
        for (int i = 0; i < ws.size(); i++) {
            CrisisHistories.Worker w = ws.get(i);
            event[i] = w.nextHire() != null && !w.nextHire().isAfter(until);
            days[i] = (int) ChronoUnit.DAYS.between(w.ended(), event[i] ? w.nextHire() : until);
            weight[i] = 1;
            reemployed += event[i] ? 1 : 0;
        }
        return new Curve(group, ws.size(), reemployed, Survival.median(days, event, weight),
                Survival.curve(days, event, weight));
    }
}
