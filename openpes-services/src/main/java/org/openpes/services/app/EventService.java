package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Scope;
import org.openpes.services.events.Attendance;
import org.openpes.services.events.Channel;
import org.openpes.services.events.Delivery;
import org.openpes.services.events.Funnel;
import org.openpes.services.events.InterviewOutcome;
import org.openpes.services.events.Invitation;
import org.openpes.services.events.RecruitingEvent;
import org.openpes.services.events.Slot;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.vacancies.Application;
import org.openpes.services.vacancies.ApplicationEvent;
import org.openpes.services.vacancies.RefusalReason;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * Recruiting events (IncontraLavoro): an account manager organises one for her CPI, brings her employers' open
 * vacancies, invites their pending candidates of her scope (up to the capacity), records delivery and attendance,
 * opens interview slots, books each candidate in one (never two in one slot), and records each interview's outcome,
 * which moves the application. The funnel follows the hires through the CO at 30 and 90 days.
 */
public final class EventService extends UseCases<RecruitingStore.Tx> {
    private final EmployerService employers;
    private final Access access;
    private final Places places;
    private final EmployerHistories histories;
    private final Clock clock;

    /** @param histories the employers' CO (null: the funnel has no CO follow-up) */
    public EventService(RecruitingStore store, EmployerService employers, Places places, EmployerHistories histories,
            Clock clock) {
        super(store);
        this.employers = employers;
        this.access = new Access(places);
        this.places = places;
        this.histories = histories;
        this.clock = clock;
    }

    /** An event with what it presents, whom it invited, its slots and its funnel. */
    public record EventView(RecruitingEvent event, List<Vacancy> vacancies, List<InvitationLine> invitations,
            List<Slot> slots, Funnel funnel) {
    }

    /** An invitation with its person and the state of the application it is for. */
    public record InvitationLine(Invitation invitation, Person person, Application application) {
    }

    /** An event of the list, with its funnel. */
    public record EventLine(RecruitingEvent event, Funnel funnel) {
    }

    public Outcome<RecruitingEvent> create(Caller caller, String title, String day, String venue, boolean online,
            int capacity) {
        return run(caller, UseCase.CREATE_EVENT, tx -> {
            if (caller.capture().level() != Scope.Level.CPI) {
                throw refused("scope", "an event belongs to a CPI: the organiser's capture scope must be one");
            }
            if (title == null || title.isBlank() || title.length() > 200) {
                throw refused("title", "between 1 and 200 characters");
            }
            if (!online && (venue == null || venue.isBlank())) {
                throw refused("venue", "where it takes place (or mark it online)");
            }
            if (capacity < 1 || capacity > 10_000) {
                throw refused("capacity", "from 1 to 10,000 candidates");
            }
            RecruitingEvent e = new RecruitingEvent(Ids.next("R"), title.strip(), date("day", day),
                    online ? "online" : venue.strip(), online, capacity, caller.capture().code(), caller.userId());
            tx.insert(e);
            audit(tx, caller, AuditAction.CREATE, "event:" + e.id(), "recruiting event created");
            return e;
        });
    }

    /** The events of the caller's search scope, newest first, each with its funnel. */
    public Outcome<List<EventLine>> list(Caller caller) {
        return run(caller, UseCase.LIST_EVENTS, tx -> {
            List<EventLine> out = new ArrayList<>();
            for (RecruitingEvent e : tx.eventsOf(places.cpisIn(caller.search()), 50)) {
                out.add(new EventLine(e, funnel(tx, e, lines(tx, e))));
            }
            audit(tx, caller, AuditAction.READ, "events:" + out.size(), "recruiting events and their funnels");
            return out;
        });
    }

    public Outcome<EventView> read(Caller caller, String eventId) {
        return run(caller, UseCase.READ_EVENT, tx -> {
            RecruitingEvent e = event(tx, caller, eventId, false);
            List<InvitationLine> lines = lines(tx, e).stream()
                    .filter(l -> access.inScope(caller, l.person().ownerCpi(), false)).toList();
            List<Vacancy> vacancies = tx.vacanciesAt(eventId).stream().map(v -> tx.vacancy(v).orElseThrow()).toList();
            audit(tx, caller, AuditAction.READ, "event:" + eventId + " people:" + lines.size(), "recruiting event");
            return new EventView(e, vacancies, lines, tx.slots(eventId), funnel(tx, e, lines));
        });
    }

    /** Brings an open vacancy of one of the caller's employers to the event. */
    public Outcome<Vacancy> addVacancy(Caller caller, String eventId, String vacancyId) {
        return run(caller, UseCase.ADD_EVENT_VACANCY, tx -> {
            event(tx, caller, eventId, true);
            Vacancy v = tx.vacancy(vacancyId).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009,
                    "vacancy", vacancyId)));
            employers.inScope(caller, tx.accountOf(v.employerCode()).orElseThrow(), true);
            if (!v.open()) {
                throw new Refused(new Refusal(ErrorCode.SRV_001, "vacancy", "an event", v.state().name()));
            }
            tx.addVacancy(eventId, vacancyId);
            audit(tx, caller, AuditAction.UPDATE, "event:" + eventId + " vacancy:" + vacancyId, "vacancy presented");
            return v;
        });
    }

    /**
     * Invites, by {@code channel}, the candidates of the event's vacancies whose applications are pending and who live
     * in the caller's search scope, not invited yet, up to the event's capacity; returns the new invitations.
     */
    public Outcome<List<Invitation>> invite(Caller caller, String eventId, Channel channel) {
        return run(caller, UseCase.INVITE, tx -> {
            RecruitingEvent e = event(tx, caller, eventId, true);
            List<Invitation> existing = tx.invitations(eventId);
            Set<String> invited = new HashSet<>();
            existing.forEach(i -> invited.add(i.applicationId()));
            List<Application> pending = new ArrayList<>();
            for (String v : tx.vacanciesAt(eventId)) {
                tx.applicationsTo(v).stream().filter(a -> a.state().pending() && !invited.contains(a.id()))
                        .forEach(pending::add);
            }
            Map<PersonId, Person> people = new HashMap<>();
            tx.people(pending.stream().map(Application::person).distinct().toList()).forEach(p -> people.put(p.id(), p));
            List<Invitation> created = new ArrayList<>();
            for (Application a : pending) {
                Person p = people.get(a.person());
                if (existing.size() + created.size() >= e.capacity()) {
                    break;
                }
                if (p != null && access.inScope(caller, p.ownerCpi(), false)) {
                    Invitation i = new Invitation(Ids.next("N"), eventId, a.id(), a.person(), channel,
                            Delivery.PENDING, Attendance.UNKNOWN);
                    tx.insert(i);
                    created.add(i);
                }
            }
            audit(tx, caller, AuditAction.CREATE, "event:" + eventId + " invitations:" + created.size(),
                    "candidates invited by " + channel);
            return created;
        });
    }

    public Outcome<Invitation> delivery(Caller caller, String invitationId, Delivery delivery) {
        return run(caller, UseCase.RECORD_DELIVERY, tx -> {
            Invitation i = invitation(tx, caller, invitationId).delivered(delivery);
            tx.update(i);
            audit(tx, caller, AuditAction.UPDATE, "invitation:" + invitationId + " person:" + i.person(),
                    "delivery " + delivery);
            return i;
        });
    }

    public Outcome<Invitation> attendance(Caller caller, String invitationId, Attendance attendance) {
        return run(caller, UseCase.RECORD_ATTENDANCE, tx -> {
            Invitation i = invitation(tx, caller, invitationId).attended(attendance);
            tx.update(i);
            audit(tx, caller, AuditAction.UPDATE, "invitation:" + invitationId + " person:" + i.person(),
                    "attendance " + attendance);
            return i;
        });
    }

    /** Opens interview slots for a vacancy of the event at the given times (HH:MM). */
    public Outcome<List<Slot>> addSlots(Caller caller, String eventId, String vacancyId, List<String> times) {
        return run(caller, UseCase.ADD_SLOTS, tx -> {
            event(tx, caller, eventId, true);
            if (!tx.vacanciesAt(eventId).contains(vacancyId)) {
                throw refused("vacancy", "'" + vacancyId + "' is not presented at this event");
            }
            if (times == null || times.isEmpty() || times.size() > 100) {
                throw refused("times", "from 1 to 100 start times, HH:MM");
            }
            Set<LocalTime> taken = new HashSet<>();
            tx.slots(eventId).stream().filter(s -> s.vacancyId().equals(vacancyId)).forEach(s -> taken.add(s.startsAt()));
            List<Slot> created = new ArrayList<>();
            for (String t : times) {
                LocalTime at;
                try {
                    at = LocalTime.parse(t.strip());
                } catch (DateTimeParseException | NullPointerException ex) {
                    throw refused("times", "'" + t + "' is not a time (HH:MM)");
                }
                if (taken.add(at)) {
                    Slot s = new Slot(Ids.next("L"), eventId, vacancyId, at, null, null);
                    tx.insert(s);
                    created.add(s);
                }
            }
            audit(tx, caller, AuditAction.CREATE, "event:" + eventId + " slots:" + created.size(), "interview slots");
            return created;
        });
    }

    /** Books an invited candidate into a free slot of the vacancy they applied to; a taken slot is OPES-SRV-024. */
    public Outcome<Slot> book(Caller caller, String slotId, String invitationId) {
        return run(caller, UseCase.BOOK_SLOT, tx -> {
            Slot s = slot(tx, caller, slotId);
            Invitation i = invitation(tx, caller, invitationId);
            Application a = tx.application(i.applicationId()).orElseThrow();
            if (!i.eventId().equals(s.eventId()) || !a.vacancyId().equals(s.vacancyId())) {
                throw refused("invitation", "the slot is for another vacancy or event than the invitation");
            }
            if (!tx.book(slotId, invitationId)) {
                throw new Refused(new Refusal(ErrorCode.SRV_024, slotId));
            }
            audit(tx, caller, AuditAction.UPDATE, "slot:" + slotId + " person:" + i.person(), "interview booked");
            return new Slot(s.id(), s.eventId(), s.vacancyId(), s.startsAt(), invitationId, null);
        });
    }

    /**
     * Records the interview of a booked slot; its application moves with it (a candidate not retained needs a
     * refusal reason from the list).
     */
    public Outcome<Slot> interview(Caller caller, String slotId, InterviewOutcome outcome, String reason) {
        return run(caller, UseCase.RECORD_INTERVIEW, tx -> {
            Slot s = slot(tx, caller, slotId);
            if (s.free()) {
                throw new Refused(new Refusal(ErrorCode.SRV_001, "interview slot", "an outcome", "a free slot"));
            }
            Invitation i = tx.invitation(s.invitationId()).orElseThrow();
            RefusalReason why = outcome == InterviewOutcome.NOT_RETAINED ? orRefuse(Application.reason(reason))
                    : null;
            LocalDate today = LocalDate.now(clock);
            Application a = tx.application(i.applicationId()).orElseThrow();
            for (ApplicationEvent event : outcome.events(a.state())) {
                a = VacancyService.apply(tx, a, event, event == ApplicationEvent.REFUSE ? why : null,
                        "interview at event " + s.eventId(), today, a.version());
            }
            Slot done = new Slot(s.id(), s.eventId(), s.vacancyId(), s.startsAt(), s.invitationId(), outcome);
            tx.update(done);
            audit(tx, caller, AuditAction.UPDATE, "slot:" + slotId + " person:" + i.person(), "interview " + outcome);
            return done;
        });
    }

    /** The event's invitations with their people and applications (read a vacancy at a time, not one by one). */
    private List<InvitationLine> lines(RecruitingStore.Tx tx, RecruitingEvent e) {
        List<Invitation> invitations = tx.invitations(e.id());
        Map<PersonId, Person> people = new HashMap<>();
        tx.people(invitations.stream().map(Invitation::person).distinct().toList()).forEach(p -> people.put(p.id(), p));
        Map<String, Application> applications = new HashMap<>();
        tx.vacanciesAt(e.id()).forEach(v -> tx.applicationsTo(v).forEach(a -> applications.put(a.id(), a)));
        List<InvitationLine> out = new ArrayList<>();
        for (Invitation i : invitations) {
            out.add(new InvitationLine(i, people.get(i.person()), applications.get(i.applicationId())));
        }
        return out;
    }

    /**
     * The event's funnel; the CO part counts invited people hired by the vacancy's employer after the event: the
     * first such hire within 90 days, counted at 30 days too when it came by then.
     */
    private Funnel funnel(RecruitingStore.Tx tx, RecruitingEvent e, List<InvitationLine> lines) {
        int attended = (int) lines.stream().filter(l -> l.invitation().attendance() == Attendance.SEEN).count();
        int interviewed = (int) tx.slots(e.id()).stream().filter(s -> s.outcome() != null).count();
        int hired = (int) lines.stream().filter(l -> l.application().state()
                == org.openpes.services.vacancies.ApplicationState.ACCEPTED).count();
        Integer in30 = null;
        Integer in90 = null;
        if (histories != null && !lines.isEmpty()) {
            LocalDate until = histories.observedUntil();
            Map<String, String> employerOf = new HashMap<>();
            List<EmployerHistories.Expected> expected = new ArrayList<>();
            for (InvitationLine l : lines) {
                String employer = employerOf.computeIfAbsent(l.application().vacancyId(),
                        v -> tx.vacancy(v).orElseThrow().employerCode());
                expected.add(new EmployerHistories.Expected(l.invitation().id(), l.person().fiscalCode(), employer,
                        e.day(), e.day().plusDays(90)));
            }
            Map<String, LocalDate> found = histories.hiresFound(expected);
            if (!e.day().plusDays(30).isAfter(until)) {
                in30 = (int) found.values().stream().filter(d -> !d.isAfter(e.day().plusDays(30))).count();
            }
            if (!e.day().plusDays(90).isAfter(until)) {
                in90 = found.size();
            }
        }
        return new Funnel(lines.size(), attended, interviewed, hired, in30, in90);
    }

    private RecruitingEvent event(RecruitingStore.Tx tx, Caller caller, String id, boolean write) {
        RecruitingEvent e = tx.event(id).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009, "event", id)));
        if (!(write ? caller.capture() : caller.search()).contains(places.of(e.cpi()))) {
            throw new Refused(new Refusal(ErrorCode.SRV_008, "event " + id));
        }
        return e;
    }

    private Invitation invitation(RecruitingStore.Tx tx, Caller caller, String id) {
        Invitation i = tx.invitation(id).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009, "invitation",
                id)));
        event(tx, caller, i.eventId(), true);
        return i;
    }

    private Slot slot(RecruitingStore.Tx tx, Caller caller, String id) {
        Slot s = tx.slot(id).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009, "interview slot", id)));
        event(tx, caller, s.eventId(), true);
        return s;
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw refused(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Refused refused(String field, String why) {
        return new Refused(new Refusal(ErrorCode.SRV_004, field, why));
    }
}
