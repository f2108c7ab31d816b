package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.employers.EmployerAccount;
import org.openpes.services.employers.Interaction;
import org.openpes.services.employers.ProtectedQuota;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * An account manager's work with employers: the portfolio, an employer's account with its CO history, taking an
 * account, recording interactions and their next steps, and the employers of the territory who hire but never had
 * contact with the CPI. An employer belongs to the CPI of its workplace: read inside the search scope, written inside
 * the capture scope. Every read of an account is audited (a sole trader's code is a fiscal code).
 */
public final class EmployerService extends UseCases<EmployerStore.Tx> {
    /** How many quarters of CO an account page shows, and how far back prospects' hires are counted. */
    static final int QUARTERS = 8;
    private static final int PROSPECTS = 25;

    private final Places places;
    private final EmployerHistories histories;
    private final Clock clock;
    private final org.openpes.reference.ReferenceData ref;

    /** @param histories the employers' CO (null: no store, so no CO history and no prospects) */
    public EmployerService(EmployerStore store, Places places, org.openpes.reference.ReferenceData ref,
            EmployerHistories histories, Clock clock) {
        super(store);
        this.places = places;
        this.ref = ref;
        this.histories = histories;
        this.clock = clock;
    }

    /** An account in a portfolio: its open vacancies, its overdue next steps, its last contact. */
    public record AccountLine(EmployerAccount account, int openVacancies, int overdueSteps, LocalDate lastContact) {
    }

    /**
     * An account manager's portfolio, from the operational records only (fast enough to open every morning); the
     * CO's confirmation of hires is {@link #hires}.
     */
    public record Portfolio(List<AccountLine> accounts, List<Interaction> overdue, List<Vacancy> openVacancies) {
    }

    /** An employer's account page. */
    public record AccountView(EmployerAccount account, List<Interaction> interactions, List<Vacancy> vacancies,
            List<EmployerHistories.Quarter> quarters, Integer headcount, Integer protectedQuota,
            LocalDate observedUntil, org.openpes.services.employers.AccountDetails details,
            Map<String, Map<String, String>> labels) {
    }

    /** How an accepted application stands against the CO. */
    public enum HireStatus { CONFIRMED, WAITING_FOR_CO, NOT_IN_CO }

    /** An accepted application and the CO hire that confirms it (none yet: null). */
    public record HireCheck(String applicationId, String vacancyId, EmployerAccount employer, LocalDate acceptedOn,
            LocalDate hiredOn, HireStatus status) {
    }

    /**
     * The PES's proposals to the caller's employers against the CO: the accepted applications with their hire (a CO
     * hire of the person by the employer from {@value #CONFIRM_BEFORE} days before the acceptance to
     * {@value #CONFIRM_AFTER} days after), and the placements: people the PES proposed whom the employer hired within
     * {@value #PLACEMENT_DAYS} days of the proposal, whatever became of the application.
     */
    public record HireChecks(List<HireCheck> accepted, int proposals, int placements, int placementsWaiting,
            LocalDate observedUntil) {
    }

    static final int CONFIRM_BEFORE = 30;
    static final int CONFIRM_AFTER = 60;
    static final int PLACEMENT_DAYS = 90;

    /** The caller's employers' accepted applications and placements, checked against the store's CO. */
    public Outcome<HireChecks> hires(Caller caller) {
        return run(caller, UseCase.READ_PORTFOLIO, tx -> {
            if (histories == null) {
                throw new Refused(new Refusal(ErrorCode.SRV_021, "CO", "are not loaded on this server"));
            }
            Map<String, EmployerAccount> mine = new java.util.HashMap<>();
            tx.managedBy(caller.userId()).forEach(a -> mine.put(a.employerCode(), a));
            List<EmployerStore.Tx.Proposal> proposals = tx.proposalsTo(mine.keySet(), 20_000);
            Map<org.openpes.services.people.PersonId, org.openpes.services.people.Person> people = new java.util
                    .HashMap<>();
            tx.people(proposals.stream().map(p -> p.application().person()).distinct().toList())
                    .forEach(p -> people.put(p.id(), p));
            List<EmployerHistories.Expected> expected = new ArrayList<>();
            for (EmployerStore.Tx.Proposal p : proposals) {
                var a = p.application();
                var person = people.get(a.person());
                if (person == null) {
                    continue;
                }
                expected.add(new EmployerHistories.Expected("P" + a.id(), person.fiscalCode(), p.employerCode(),
                        a.createdOn(), a.createdOn().plusDays(PLACEMENT_DAYS)));
                if (a.state() == org.openpes.services.vacancies.ApplicationState.ACCEPTED) {
                    expected.add(new EmployerHistories.Expected("A" + a.id(), person.fiscalCode(),
                            p.employerCode(), a.changedOn().minusDays(CONFIRM_BEFORE),
                            a.changedOn().plusDays(CONFIRM_AFTER)));
                }
            }
            Map<String, LocalDate> found = histories.hiresFound(expected);
            LocalDate until = histories.observedUntil();
            List<HireCheck> accepted = new ArrayList<>();
            int placements = 0;
            int waiting = 0;
            for (EmployerStore.Tx.Proposal p : proposals) {
                var a = p.application();
                if (found.containsKey("P" + a.id())) {
                    placements++;
                } else if (a.createdOn().plusDays(PLACEMENT_DAYS).isAfter(until)) {
                    waiting++;
                }
                if (a.state() == org.openpes.services.vacancies.ApplicationState.ACCEPTED && accepted.size() < 200) {
                    LocalDate hired = found.get("A" + a.id());
                    accepted.add(new HireCheck(a.id(), a.vacancyId(), mine.get(p.employerCode()), a.changedOn(),
                            hired, hired != null ? HireStatus.CONFIRMED
                                    : a.changedOn().plusDays(CONFIRM_AFTER).isAfter(until) ? HireStatus.WAITING_FOR_CO
                                    : HireStatus.NOT_IN_CO));
                }
            }
            audit(tx, caller, AuditAction.READ, "proposals:" + proposals.size() + " people (registry and CO)",
                    "hires confirmed by CO");
            return new HireChecks(accepted, proposals.size(), placements, waiting, until);
        });
    }

    /** An employer of the territory that hires and never had contact, with its hires of the last year. */
    public record Prospect(EmployerAccount account, int hires) {
    }

    public Outcome<Portfolio> portfolio(Caller caller) {
        return run(caller, UseCase.READ_PORTFOLIO, tx -> {
            LocalDate today = LocalDate.now(clock);
            List<EmployerAccount> mine = tx.managedBy(caller.userId());
            List<String> codes = mine.stream().map(EmployerAccount::employerCode).toList();
            List<Interaction> steps = tx.openSteps(codes);
            List<Interaction> overdue = steps.stream().filter(i -> i.overdue(today)).toList();
            Map<String, LocalDate> last = tx.lastContacts(codes);
            List<Vacancy> open = tx.vacanciesOf(codes, true, 500);
            Map<String, Integer> openBy = new java.util.HashMap<>();
            open.forEach(v -> openBy.merge(v.employerCode(), 1, Integer::sum));
            Map<String, Integer> overdueBy = new java.util.HashMap<>();
            overdue.forEach(i -> overdueBy.merge(i.employerCode(), 1, Integer::sum));
            List<AccountLine> lines = mine.stream().map(a -> new AccountLine(a,
                    openBy.getOrDefault(a.employerCode(), 0), overdueBy.getOrDefault(a.employerCode(), 0),
                    last.get(a.employerCode()))).toList();
            audit(tx, caller, AuditAction.READ, "portfolio:" + mine.size() + " employers", "portfolio");
            return new Portfolio(lines, overdue, open);
        });
    }

    public Outcome<AccountView> account(Caller caller, String accountId) {
        return run(caller, UseCase.READ_EMPLOYER, tx -> {
            EmployerAccount a = account(tx, caller, accountId, false);
            List<EmployerHistories.Quarter> quarters = List.of();
            Integer headcount = null;
            LocalDate until = null;
            if (histories != null) {
                until = histories.observedUntil();
                LocalDate start = until.minusMonths(3L * QUARTERS).plusDays(1);
                EmployerHistories.History h = histories.of(a.employerCode(), start.withMonth((start.getMonthValue()
                        - 1) / 3 * 3 + 1).withDayOfMonth(1), until); // whole quarters only
                quarters = h.quarters();
                headcount = h.headcount();
            }
            audit(tx, caller, AuditAction.READ, "employer:" + accountId, "employer account");
            var details = tx.details(a);
            return new AccountView(a, tx.interactions(a.employerCode()),
                    tx.vacanciesOf(List.of(a.employerCode()), false, 200), quarters, headcount,
                    headcount == null ? null : ProtectedQuota.of(headcount), until, details, labels(details));
        });
    }

    /** The labels of the ESCO concepts of an account's needs, by URI (language to label). */
    public Map<String, Map<String, String>> labels(org.openpes.services.employers.AccountDetails d) {
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
        for (var n : d.needs()) {
            out.put(n.occupationUri(), ref.esco().preferredLabels(n.occupationUri()));
            n.skills().forEach(k -> ref.esco().skill(k).ifPresent(x -> out.put(k, Map.of("en", x.preferredLabel()))));
        }
        return out;
    }

    /** What an account manager adds to an account: a contact, a workplace, or a need. */
    public enum Detail { CONTACT, ESTABLISHMENT, NEED }

    /**
     * Adds one detail of {@code kind} from the form's {@code fields} (by name: name, role, email, phone; comune, label;
     * occupation, skills, headcount, from, note) to an account of the caller's capture scope; answers the details.
     */
    public Outcome<org.openpes.services.employers.AccountDetails> addDetail(Caller caller, String accountId,
            Detail kind, java.util.Map<String, String> fields) {
        return run(caller, UseCase.UPDATE_ACCOUNT, tx -> {
            EmployerAccount a = account(tx, caller, accountId, true);
            String id;
            switch (kind) {
                case CONTACT -> {
                    var c = orRefuse(org.openpes.services.employers.AccountForms.contact(Ids.next("C"), accountId,
                            fields.get("name"), fields.get("role"), fields.get("email"), fields.get("phone")));
                    tx.insert(a, c, caller.userId());
                    id = c.id();
                }
                case ESTABLISHMENT -> {
                    var e = orRefuse(org.openpes.services.employers.AccountForms.establishment(Ids.next("W"),
                            accountId, fields.get("comune"), fields.get("label"), ref));
                    if (!tx.insert(a, e, caller.userId())) {
                        throw new Refused(new Refusal(ErrorCode.SRV_025, "workplace"));
                    }
                    id = e.id();
                }
                case NEED -> {
                    var n = orRefuse(org.openpes.services.employers.AccountForms.need(Ids.next("N"), accountId,
                            fields.get("occupation"), fields.get("skills"), fields.get("headcount"),
                            fields.get("from"), fields.get("note"), ref, LocalDate.now(clock)));
                    tx.insert(a, n, caller.userId());
                    id = n.id();
                }
                default -> throw new IllegalStateException(kind.name());
            }
            audit(tx, caller, AuditAction.CREATE, kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id
                    + " employer:" + accountId, "account detail added");
            return tx.details(a);
        });
    }

    /** The account manager takes the account (it was nobody's, or is moved to her with a reason). */
    public Outcome<EmployerAccount> take(Caller caller, String accountId, int version, String reason) {
        return run(caller, UseCase.TAKE_ACCOUNT, tx -> {
            EmployerAccount a = account(tx, caller, accountId, true);
            if (a.accountManager() != null && !a.accountManager().equals(caller.userId())
                    && (reason == null || reason.strip().length() < 10)) {
                throw new Refused(new Refusal(ErrorCode.SRV_006, "take an account another manager owns (at least "
                        + "10 characters)"));
            }
            EmployerAccount next = a.managedBy(caller.userId());
            if (a.version() != version || !tx.update(next, version)) {
                throw new Refused(new Refusal(ErrorCode.SRV_005, "employer", accountId, a.version(), version));
            }
            audit(tx, caller, AuditAction.UPDATE, "employer:" + accountId, "account taken"
                    + (reason == null || reason.isBlank() ? "" : ": " + reason));
            return next;
        });
    }

    /** What an account manager writes after a contact. */
    public record InteractionForm(String kind, String on, String note, String nextStep, String nextStepDue) {
    }

    public Outcome<Interaction> record(Caller caller, String accountId, InteractionForm form) {
        return run(caller, UseCase.RECORD_INTERACTION, tx -> {
            EmployerAccount a = account(tx, caller, accountId, true);
            Interaction i = InteractionForms.parse(Ids.next("I"), a.employerCode(), form, caller.userId(),
                    LocalDate.now(clock));
            tx.insert(i);
            audit(tx, caller, AuditAction.CREATE, "interaction:" + i.id() + " employer:" + accountId,
                    "interaction recorded");
            return i;
        });
    }

    public Outcome<Interaction> stepDone(Caller caller, String interactionId) {
        return run(caller, UseCase.COMPLETE_NEXT_STEP, tx -> {
            Interaction i = tx.interaction(interactionId).orElseThrow(() -> new Refused(new Refusal(
                    ErrorCode.SRV_009, "interaction", interactionId)));
            EmployerAccount a = tx.accountOf(i.employerCode()).orElseThrow();
            inScope(caller, a, true);
            if (i.nextStep() == null || i.nextStepDone()) {
                throw new Refused(new Refusal(ErrorCode.SRV_001, "next step", "DONE",
                        i.nextStep() == null ? "no next step" : "done"));
            }
            tx.stepDone(interactionId);
            audit(tx, caller, AuditAction.UPDATE, "interaction:" + interactionId, "next step done");
            return new Interaction(i.id(), i.employerCode(), i.kind(), i.on(), i.note(), i.nextStep(),
                    i.nextStepDue(), true, i.actor());
        });
    }

    /**
     * Employers of the caller's capture territory (where she may take them) with CO hires in the last year and no
     * contact ever recorded.
     */
    public Outcome<List<Prospect>> prospects(Caller caller) {
        return run(caller, UseCase.FIND_PROSPECTS, tx -> {
            if (histories == null) {
                return List.<Prospect>of();
            }
            List<EmployerAccount> never = tx.neverContacted(places.comuniIn(caller.capture()), 20_000);
            Map<String, Integer> hires = histories.hiresSince(never.stream().map(EmployerAccount::employerCode)
                    .toList(), histories.observedUntil().minusYears(1));
            audit(tx, caller, AuditAction.SEARCH, "employers:" + never.size() + " never contacted", "prospects");
            return never.stream().filter(a -> hires.containsKey(a.employerCode()))
                    .map(a -> new Prospect(a, hires.get(a.employerCode())))
                    .sorted(Comparator.comparingInt(Prospect::hires).reversed()
                            .thenComparing(p -> p.account().accountId()))
                    .limit(PROSPECTS).toList();
        });
    }

    /** The account, when the caller may read it ({@code write}: change it); refused otherwise. */
    EmployerAccount account(EmployerStore.Tx tx, Caller caller, String accountId, boolean write) {
        EmployerAccount a = tx.account(accountId).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009,
                "employer", accountId)));
        inScope(caller, a, write);
        return a;
    }

    void inScope(Caller caller, EmployerAccount a, boolean write) {
        if (!may(caller, a, write)) {
            throw new Refused(new Refusal(ErrorCode.SRV_008, "employer " + a.accountId()));
        }
    }

    /** True when the employer's CPI lies in the caller's capture ({@code write}) or search scope. */
    boolean may(Caller caller, EmployerAccount a, boolean write) {
        return (write ? caller.capture() : caller.search()).contains(places.of(places.cpiOfComune(
                a.workplaceComune())));
    }
}
