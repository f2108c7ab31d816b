package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.reference.ReferenceData;
import org.openpes.services.access.Caller;
import org.openpes.services.employers.EmployerAccount;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.vacancies.Application;
import org.openpes.services.vacancies.ApplicationEvent;
import org.openpes.services.vacancies.ApplicationState;
import org.openpes.services.vacancies.RefusalReason;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.services.vacancies.VacancyEvent;
import org.openpes.services.vacancies.VacancyState;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * Vacancies and their applications: a vacancy is written where its employer's account may be written; its shortlist
 * comes from the matcher, cut to the people of the caller's search scope; accepting an application makes the
 * person's other pending applications obsolete; pending applications unchanged for {@code staleDays} days expire.
 * Every list of candidates is audited, since it links people to an employer.
 */
public final class VacancyService extends UseCases<EmployerStore.Tx> {
    private final EmployerService employers;
    private final Access access;
    private final Candidates matcher;
    private final VacancyForms forms;
    private final Clock clock;
    private final int staleDays;

    /** @param matcher the matcher over the region's people (null: no shortlists, OPES-SRV-021) */
    public VacancyService(EmployerStore store, EmployerService employers, ReferenceData ref, Places places,
            Candidates matcher, Clock clock, int staleDays) {
        super(store);
        this.forms = new VacancyForms(ref);
        this.employers = employers;
        this.access = new Access(places);
        this.matcher = matcher;
        this.clock = clock;
        this.staleDays = staleDays;
    }

    /** A vacancy with its employer's account and its applications, each with its person. */
    public record VacancyView(Vacancy vacancy, EmployerAccount employer, List<ApplicationLine> applications) {
    }

    /** An application as the vacancy's page lists it. */
    public record ApplicationLine(Application application, Person person) {
    }

    /** What an account manager writes to open a vacancy. */
    public record VacancyForm(String title, String occupationUri, List<String> essentialSkills, String comune,
            String contractType, String workingTime, Integer minIsced, String closesOn) {
    }

    public Outcome<Vacancy> create(Caller caller, String accountId, VacancyForm form) {
        return run(caller, UseCase.CREATE_VACANCY, tx -> {
            EmployerAccount a = employers.account(tx, caller, accountId, true);
            Vacancy v = forms.parse(Ids.next("V"), a, form, LocalDate.now(clock));
            tx.insert(v);
            audit(tx, caller, AuditAction.CREATE, "vacancy:" + v.id() + " employer:" + accountId, "vacancy drafted");
            return v;
        });
    }

    public Outcome<VacancyView> read(Caller caller, String vacancyId) {
        return run(caller, UseCase.READ_VACANCY, tx -> {
            Vacancy v = vacancy(tx, caller, vacancyId, false);
            List<Application> apps = tx.applicationsTo(vacancyId);
            Map<PersonId, Person> people = new HashMap<>();
            tx.people(apps.stream().map(Application::person).toList()).forEach(p -> people.put(p.id(), p));
            List<ApplicationLine> lines = new ArrayList<>();
            for (Application app : apps) {
                Person p = people.get(app.person());
                if (p != null && access.inScope(caller, p.ownerCpi(), false)) {
                    lines.add(new ApplicationLine(app, p));
                }
            }
            audit(tx, caller, AuditAction.READ, "vacancy:" + vacancyId + " people:" + lines.size(),
                    "vacancy and its applications");
            return new VacancyView(v, tx.accountOf(v.employerCode()).orElseThrow(), lines);
        });
    }

    public Outcome<Vacancy> move(Caller caller, String vacancyId, VacancyEvent event, int version) {
        return run(caller, UseCase.MOVE_VACANCY, tx -> {
            Vacancy v = vacancy(tx, caller, vacancyId, true);
            Vacancy next = orRefuse(v.on(event, LocalDate.now(clock)));
            if (v.version() != version || !tx.update(next, version)) {
                throw new Refused(new Refusal(ErrorCode.SRV_005, "vacancy", vacancyId, v.version(), version));
            }
            audit(tx, caller, AuditAction.UPDATE, "vacancy:" + vacancyId, event.name().toLowerCase(
                    java.util.Locale.ROOT));
            return next;
        });
    }

    /**
     * Puts the matcher's {@code k} best candidates of the caller's search scope on an open vacancy (people already on
     * it are skipped); returns the applications created, each noting the matcher's reasons.
     */
    public Outcome<List<Application>> shortlist(Caller caller, String vacancyId, int k) {
        if (k < 1 || k > 50) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_004, "k", "between 1 and 50, got " + k));
        }
        if (matcher == null) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_021, "the matcher", "is not loaded on this server"));
        }
        return run(caller, UseCase.SHORTLIST, tx -> {
            Vacancy v = openVacancy(tx, caller, vacancyId);
            java.util.Set<PersonId> already = new java.util.HashSet<>(tx.applicationsTo(vacancyId).stream()
                    .map(Application::person).toList());
            List<Candidates.Candidate> best = matcher.best(v, k * 5, id -> !already.contains(id));
            Map<PersonId, String> owners = new HashMap<>();
            tx.people(best.stream().map(Candidates.Candidate::person).toList())
                    .forEach(p -> owners.put(p.id(), p.ownerCpi()));
            List<Application> created = new ArrayList<>();
            LocalDate today = LocalDate.now(clock);
            for (Candidates.Candidate c : best) {
                String cpi = owners.get(c.person());
                if (created.size() < k && cpi != null && access.inScope(caller, cpi, false)) {
                    Application app = Application.received(Ids.next("A"), vacancyId, c.person(),
                            Application.Source.MATCHER, String.format(java.util.Locale.ROOT, "matcher %.2f: %s",
                                    c.score(), c.why()), today);
                    tx.insert(app);
                    created.add(app);
                }
            }
            audit(tx, caller, AuditAction.CREATE, "vacancy:" + vacancyId + " people:" + created.size(),
                    "shortlist from the matcher");
            return created;
        });
    }

    /** An operator puts a person on a vacancy, with a reason. */
    public Outcome<Application> add(Caller caller, String vacancyId, PersonId person, String reason) {
        return run(caller, UseCase.ADD_CANDIDATE, tx -> {
            if (reason == null || reason.isBlank()) {
                throw new Refused(new Refusal(ErrorCode.SRV_006, "add a candidate"));
            }
            Vacancy v = openVacancy(tx, caller, vacancyId);
            Person p = tx.people(List.of(person)).stream().findFirst().orElseThrow(() -> new Refused(new Refusal(
                    ErrorCode.SRV_009, "person", person)));
            if (!access.inScope(caller, p.ownerCpi(), false)) {
                throw new Refused(new Refusal(ErrorCode.SRV_008, "person " + person));
            }
            tx.applicationsTo(v.id()).stream().filter(a -> a.person().equals(person)).findFirst().ifPresent(a -> {
                throw new Refused(new Refusal(ErrorCode.SRV_023, person, vacancyId, a.id()));
            });
            Application app = Application.received(Ids.next("A"), vacancyId, person, Application.Source.OPERATOR,
                    reason.strip(), LocalDate.now(clock));
            tx.insert(app);
            audit(tx, caller, AuditAction.CREATE, "application:" + app.id() + " person:" + person,
                    "candidate added: " + reason.strip());
            return app;
        });
    }

    /**
     * Moves an application; a refusal needs a reason from the list. Accepting it makes the person's other pending
     * applications obsolete, in the same transaction.
     */
    public Outcome<Application> move(Caller caller, String applicationId, ApplicationEvent event, String reason,
            String note, int version) {
        return run(caller, UseCase.MOVE_APPLICATION, tx -> {
            Application a = tx.application(applicationId).orElseThrow(() -> new Refused(new Refusal(
                    ErrorCode.SRV_009, "application", applicationId)));
            vacancy(tx, caller, a.vacancyId(), true);
            RefusalReason why = event == ApplicationEvent.REFUSE ? orRefuse(Application.reason(reason)) : null;
            Application next = apply(tx, a, event, why, note, LocalDate.now(clock), version);
            audit(tx, caller, AuditAction.UPDATE, "application:" + applicationId + " person:" + a.person(),
                    event.name().toLowerCase(java.util.Locale.ROOT) + (why == null ? "" : ": " + why));
            return next;
        });
    }

    /**
     * Makes obsolete the pending applications to the vacancies the caller may write (her capture scope) that are
     * unchanged for longer than the configured days; returns how many.
     */
    public Outcome<Integer> expire(Caller caller) {
        return run(caller, UseCase.EXPIRE_APPLICATIONS, tx -> {
            LocalDate today = LocalDate.now(clock);
            int n = 0;
            java.util.Map<String, Boolean> mine = new HashMap<>();
            for (Application a : tx.pendingSince(today.minusDays(staleDays), 10_000)) {
                boolean writable = mine.computeIfAbsent(a.vacancyId(), v -> employers.may(caller,
                        tx.accountOf(tx.vacancy(v).orElseThrow().employerCode()).orElseThrow(), true));
                if (writable && a.stale(today, staleDays)) {
                    save(tx, a, orRefuse(a.on(ApplicationEvent.MAKE_OBSOLETE, null, "no change for " + staleDays
                            + " days", today)), a.version());
                    n++;
                }
            }
            audit(tx, caller, AuditAction.UPDATE, "applications:" + n, "stale applications expired");
            return n;
        });
    }

    /**
     * Moves an application on {@code version} and saves it; accepting it makes the person's other pending
     * applications obsolete. Refused (rolled back) on a stale version or a move the table does not allow.
     */
    static Application apply(EmployerStore.Tx tx, Application a, ApplicationEvent event, RefusalReason why,
            String note, LocalDate today, int version) {
        Application next = orRefuse(a.on(event, why, note, today));
        save(tx, a, next, version);
        if (next.state() == ApplicationState.ACCEPTED) {
            for (Application other : tx.applicationsOf(a.person())) {
                if (!other.id().equals(a.id()) && other.state().pending()) {
                    save(tx, other, orRefuse(other.on(ApplicationEvent.MAKE_OBSOLETE, null,
                            "accepted for vacancy " + a.vacancyId(), today)), other.version());
                }
            }
        }
        return next;
    }

    private static void save(EmployerStore.Tx tx, Application before, Application next, int version) {
        if (before.version() != version || !tx.update(next, version)) {
            throw new Refused(new Refusal(ErrorCode.SRV_005, "application", before.id(), before.version(),
                    version));
        }
    }

    private Vacancy vacancy(EmployerStore.Tx tx, Caller caller, String vacancyId, boolean write) {
        Vacancy v = tx.vacancy(vacancyId).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009, "vacancy",
                vacancyId)));
        EmployerAccount a = tx.accountOf(v.employerCode()).orElseThrow();
        employers.inScope(caller, a, write);
        return v;
    }

    private Vacancy openVacancy(EmployerStore.Tx tx, Caller caller, String vacancyId) {
        Vacancy v = vacancy(tx, caller, vacancyId, true);
        if (!v.open()) {
            throw new Refused(new Refusal(ErrorCode.SRV_001, "vacancy", "a new candidate",
                    v.state() == VacancyState.DRAFT ? "DRAFT (publish it first)" : v.state().name()));
        }
        return v;
    }
}
