package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.patto.ActionEvent;
import org.openpes.services.patto.ActionKind;
import org.openpes.services.patto.ActionState;
import org.openpes.services.patto.Patto;
import org.openpes.services.patto.PattoAction;
import org.openpes.services.patto.PattoContent;
import org.openpes.services.patto.PattoEvent;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * The patto's use cases. Every change names the version it was made on: a change made on an older version is refused
 * (OPES-SRV-005), so that two operators editing the same patto cannot lose each other's change.
 */
public final class PattoService extends UseCases<ServicesStore.Tx> {
    private final Access access;
    private final Clock clock;

    public PattoService(ServicesStore store, Places places, Clock clock) {
        super(store);
        this.access = new Access(places);
        this.clock = clock;
    }

    /** A patto with its actions and its person, as a page or the printed patto shows it. */
    public record PattoView(Patto patto, List<PattoAction> actions, Person person) {
    }

    public Outcome<Patto> draft(Caller caller, PersonId personId) {
        return run(caller, UseCase.DRAFT_PATTO, tx -> {
            Person person = access.person(tx, caller, personId, true);
            Patto p = Patto.draft(Ids.next("T"), person.id(), PattoContent.draftFor(caller.userId()),
                    caller.userId(), clock.instant());
            tx.insert(p);
            audit(tx, caller, AuditAction.CREATE, "patto:" + p.id() + " person:" + personId, "patto drafted");
            return p;
        });
    }

    /** What a crisis case's group assessment did: patti drafted, outplacement actions added, people left alone. */
    public record GroupAssessment(int drafted, int actionsAdded, int alreadyEnrolled, int outOfScope) {
    }

    /**
     * The group assessment of a crisis case's workers (GOL path 5, collective re-employment): each worker of the
     * caller's capture scope gets an outplacement action in their open patto, or in a patto drafted on GOL path 5
     * when they have none (a case manager completes and signs it). All in one transaction; a second run adds nothing.
     */
    public Outcome<GroupAssessment> assessGroup(Caller caller, String caseId, List<PersonId> workers) {
        return run(caller, UseCase.GROUP_ASSESSMENT, tx -> {
            int drafted = 0;
            int added = 0;
            int already = 0;
            int outside = 0;
            String label = "Ricollocazione collettiva, caso di crisi " + caseId;
            LocalDate due = LocalDate.now(clock).plusDays(30);
            for (PersonId id : workers) {
                Person person = tx.person(id).orElse(null);
                if (person == null || !access.inScope(caller, person.ownerCpi(), true)) {
                    outside++;
                    continue;
                }
                Patto open = tx.pattiOf(id).stream().filter(p -> p.state() != org.openpes.services.patto.PattoState
                        .CLOSED && p.state() != org.openpes.services.patto.PattoState.LAPSED).findFirst().orElse(null);
                if (open == null) {
                    PattoContent draft = PattoContent.draftFor(caller.userId());
                    open = Patto.draft(Ids.next("T"), id, new PattoContent(draft.caseManager(), draft.riskClass(),
                            org.openpes.services.patto.GolPath.RICOLLOCAZIONE_COLLETTIVA, draft.searchActs(),
                            draft.contactEveryDays(), draft.proofOfSearch(), draft.availableForWorkshops(),
                            draft.availableForTraining(), draft.acceptsSuitableOffers()), caller.userId(),
                            clock.instant());
                    tx.insert(open);
                    drafted++;
                } else if (tx.actions(open.id()).stream().anyMatch(a -> a.kind() == ActionKind.GOL_OUTPLACEMENT
                        && a.label().equals(label))) {
                    already++;
                    continue;
                }
                tx.insert(new PattoAction(Ids.next("A"), open.id(), ActionKind.GOL_OUTPLACEMENT, label,
                        ActionState.PLANNED, due, "operator:" + caller.userId(), 1));
                added++;
            }
            audit(tx, caller, AuditAction.CREATE, "crisis:" + caseId + " patti:" + drafted + " actions:" + added,
                    "group assessment, GOL path 5");
            return new GroupAssessment(drafted, added, already, outside);
        });
    }

    public Outcome<PattoView> read(Caller caller, String pattoId) {
        return run(caller, UseCase.READ_PATTO, tx -> {
            Patto p = patto(tx, caller, pattoId, false);
            audit(tx, caller, AuditAction.READ, "patto:" + pattoId + " person:" + p.person(), "patto read");
            return new PattoView(p, tx.actions(pattoId), tx.person(p.person()).orElseThrow());
        });
    }

    /** A person's patti, newest first, with their actions: the active-policy history of the person's record. */
    public Outcome<List<PattoView>> ofPerson(Caller caller, PersonId personId) {
        return run(caller, UseCase.READ_PATTO, tx -> {
            Person person = access.person(tx, caller, personId, false);
            List<Patto> patti = tx.pattiOf(personId);
            var actions = tx.actionsOf(patti.stream().map(Patto::id).toList());
            audit(tx, caller, AuditAction.READ, "person:" + personId, "patti of the person");
            return patti.stream().map(p -> new PattoView(p, actions.getOrDefault(p.id(), List.of()), person))
                    .toList();
        });
    }

    public Outcome<Patto> revise(Caller caller, String pattoId, int version, PattoContent content, String reason) {
        return run(caller, UseCase.REVISE_PATTO, tx -> {
            Patto p = patto(tx, caller, pattoId, true);
            Patto next = orRefuse(p.revise(content, reason, caller.userId(), clock.instant()));
            save(tx, p, next, version);
            audit(tx, caller, AuditAction.UPDATE, "patto:" + pattoId + " person:" + p.person(), "revised: "
                    + reason);
            return next;
        });
    }

    public Outcome<Patto> move(Caller caller, String pattoId, int version, PattoEvent event, String reason) {
        return run(caller, UseCase.MOVE_PATTO, tx -> {
            Patto p = patto(tx, caller, pattoId, true);
            Patto next = orRefuse(p.on(event, reason, caller.userId(), clock.instant()));
            save(tx, p, next, version);
            audit(tx, caller, AuditAction.UPDATE, "patto:" + pattoId + " person:" + p.person(),
                    event.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason);
            return next;
        });
    }

    public Outcome<PattoAction> addAction(Caller caller, String pattoId, ActionKind kind, String label,
            LocalDate due, String assignee) {
        return run(caller, UseCase.ADD_ACTION, tx -> {
            Patto p = patto(tx, caller, pattoId, true);
            if (p.state() == org.openpes.services.patto.PattoState.CLOSED
                    || p.state() == org.openpes.services.patto.PattoState.LAPSED) {
                throw new Refused(new Refusal(ErrorCode.SRV_001, "patto", "ADD_ACTION", p.state().name()));
            }
            if (label == null || label.isBlank() || label.length() > 200) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "label", "1 to 200 characters"));
            }
            if (assignee == null || !assignee.matches("person|operator:[A-Za-z0-9._-]{1,64}|partner:[A-Za-z0-9._-]{1,64}")) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "assignee", "person, operator:ID or partner:ID"));
            }
            PattoAction a = new PattoAction(Ids.next("A"), pattoId, kind, label.strip(), ActionState.PLANNED, due,
                    assignee, 1);
            tx.insert(a);
            audit(tx, caller, AuditAction.CREATE, "action:" + a.id() + " patto:" + pattoId, "action planned");
            return a;
        });
    }

    public Outcome<PattoAction> moveAction(Caller caller, String actionId, int version, ActionEvent event,
            String reason) {
        return run(caller, UseCase.MOVE_ACTION, tx -> {
            PattoAction a = tx.action(actionId).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009,
                    "action", actionId)));
            patto(tx, caller, a.pattoId(), true);
            PattoAction next = orRefuse(a.on(event, reason));
            if (a.version() != version || !tx.update(next, version)) {
                throw new Refused(new Refusal(ErrorCode.SRV_005, "action", actionId, a.version(), version));
            }
            audit(tx, caller, AuditAction.UPDATE, "action:" + actionId + " patto:" + a.pattoId(),
                    event.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason);
            return next;
        });
    }

    private static void save(ServicesStore.Tx tx, Patto before, Patto next, int version) {
        if (before.version() != version || !tx.update(next, version)) {
            throw new Refused(new Refusal(ErrorCode.SRV_005, "patto", before.id(), before.version(), version));
        }
    }

    private Patto patto(ServicesStore.Tx tx, Caller caller, String pattoId, boolean write) {
        Patto p = tx.patto(pattoId).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009, "patto",
                pattoId)));
        access.person(tx, caller, p.person(), write);
        return p;
    }
}
