package org.openpes.services.pg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.openpes.services.app.RecruitingStore;
import org.openpes.services.events.Attendance;
import org.openpes.services.events.Channel;
import org.openpes.services.events.Delivery;
import org.openpes.services.events.InterviewOutcome;
import org.openpes.services.events.Invitation;
import org.openpes.services.events.RecruitingEvent;
import org.openpes.services.events.Slot;
import org.openpes.services.people.PersonId;

/** Recruiting events in PostgreSQL (migration V10), beside the employer services' records. */
public final class PgRecruitingStore implements RecruitingStore {
    private static final String EVENT = "select event_id, title, day, venue, online, capacity, cpi, organiser "
            + "from recruiting_event ";
    private static final String INVITATION = "select invitation_id, event_id, application_id, seeker_id, channel, "
            + "delivery, attendance from invitation ";
    private static final String SLOT = "select slot_id, event_id, vacancy_id, starts_at, invitation_id, outcome "
            + "from interview_slot ";

    private final Jdbi jdbi;

    public PgRecruitingStore(DataSource pool) {
        this.jdbi = Jdbi.create(pool);
    }

    @Override
    public <T> T inTransaction(String actor, Function<Tx, T> work) {
        return PgTransactions.run(jdbi, actor, h -> work.apply(new EventTx(h)));
    }

    private static final class EventTx extends PgEmployerStore.PgTx implements Tx {
        EventTx(Handle h) {
            super(h);
        }

        @Override
        public void insert(RecruitingEvent e) {
            h.createUpdate("insert into recruiting_event (event_id, title, day, venue, online, capacity, cpi, "
                    + "organiser) values (:id, :title, :day, :venue, :online, :capacity, :cpi, :organiser)")
                    .bind("id", e.id()).bind("title", e.title()).bind("day", e.day()).bind("venue", e.venue())
                    .bind("online", e.online()).bind("capacity", e.capacity()).bind("cpi", e.cpi())
                    .bind("organiser", e.organiser()).execute();
        }

        @Override
        public Optional<RecruitingEvent> event(String id) {
            return h.createQuery(EVENT + "where event_id = :id").bind("id", id).map(EventTx::toEvent).findOne();
        }

        @Override
        public List<RecruitingEvent> eventsOf(Set<String> cpis, int limit) {
            return h.createQuery(EVENT + "where cpi = any(:cpis) order by day desc, event_id limit :limit")
                    .bind("cpis", cpis.toArray(String[]::new)).bind("limit", limit).map(EventTx::toEvent).list();
        }

        @Override
        public void addVacancy(String eventId, String vacancyId) {
            h.createUpdate("insert into event_vacancy (event_id, vacancy_id) values (:e, :v) on conflict do nothing")
                    .bind("e", eventId).bind("v", vacancyId).execute();
        }

        @Override
        public List<String> vacanciesAt(String eventId) {
            return h.createQuery("select vacancy_id from event_vacancy where event_id = :e order by vacancy_id")
                    .bind("e", eventId).mapTo(String.class).list();
        }

        @Override
        public void insert(Invitation i) {
            h.createUpdate("insert into invitation (invitation_id, event_id, application_id, seeker_id, channel, "
                    + "delivery, attendance) values (:id, :event, :application, :person, :channel, :delivery, "
                    + ":attendance)").bind("id", i.id()).bind("event", i.eventId())
                    .bind("application", i.applicationId()).bind("person", i.person().value())
                    .bind("channel", i.channel().name()).bind("delivery", i.delivery().name())
                    .bind("attendance", i.attendance().name()).execute();
        }

        @Override
        public Optional<Invitation> invitation(String id) {
            return h.createQuery(INVITATION + "where invitation_id = :id").bind("id", id).map(EventTx::toInvitation)
                    .findOne();
        }

        @Override
        public List<Invitation> invitations(String eventId) {
            return h.createQuery(INVITATION + "where event_id = :e order by invitation_id").bind("e", eventId)
                    .map(EventTx::toInvitation).list();
        }

        @Override
        public void update(Invitation i) {
            h.createUpdate("update invitation set delivery = :delivery, attendance = :attendance "
                    + "where invitation_id = :id").bind("delivery", i.delivery().name())
                    .bind("attendance", i.attendance().name()).bind("id", i.id()).execute();
        }

        @Override
        public void insert(Slot s) {
            h.createUpdate("insert into interview_slot (slot_id, event_id, vacancy_id, starts_at) values (:id, "
                    + ":event, :vacancy, :at)").bind("id", s.id()).bind("event", s.eventId())
                    .bind("vacancy", s.vacancyId()).bind("at", s.startsAt()).execute();
        }

        @Override
        public Optional<Slot> slot(String id) {
            return h.createQuery(SLOT + "where slot_id = :id").bind("id", id).map(EventTx::toSlot).findOne();
        }

        @Override
        public List<Slot> slots(String eventId) {
            return h.createQuery(SLOT + "where event_id = :e order by vacancy_id, starts_at").bind("e", eventId)
                    .map(EventTx::toSlot).list();
        }

        /**
         * The slot is taken only if it is still free (a concurrent booking of it waits, then finds it taken); a
         * second slot for the same invitation is looked for first, and the unique index stops the one that races.
         */
        @Override
        public boolean book(String slotId, String invitationId) {
            if (h.createQuery("select 1 from interview_slot where invitation_id = :i").bind("i", invitationId)
                    .mapTo(Integer.class).findOne().isPresent()) {
                return false;
            }
            try {
                return h.createUpdate("update interview_slot set invitation_id = :i where slot_id = :s and "
                        + "invitation_id is null").bind("i", invitationId).bind("s", slotId).execute() == 1;
            } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
                // the same invitation booked in another slot at the same moment: the unique index kept one
                if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }

        @Override
        public void update(Slot s) {
            h.createUpdate("update interview_slot set outcome = :outcome where slot_id = :id")
                    .bind("outcome", s.outcome() == null ? null : s.outcome().name()).bind("id", s.id()).execute();
        }

        private static RecruitingEvent toEvent(ResultSet rs, StatementContext ctx) throws SQLException {
            return new RecruitingEvent(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                    rs.getString(4), rs.getBoolean(5), rs.getInt(6), rs.getString(7), rs.getString(8));
        }

        private static Invitation toInvitation(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Invitation(rs.getString(1), rs.getString(2), rs.getString(3), new PersonId(rs.getString(4)),
                    Channel.valueOf(rs.getString(5)), Delivery.valueOf(rs.getString(6)),
                    Attendance.valueOf(rs.getString(7)));
        }

        private static Slot toSlot(ResultSet rs, StatementContext ctx) throws SQLException {
            String outcome = rs.getString(6);
            return new Slot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalTime.class),
                    rs.getString(5), outcome == null ? null : InterviewOutcome.valueOf(outcome));
        }
    }
}
