package org.openpes.services.pg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openpes.services.app.MeetingRecords;
import org.openpes.services.meetings.FollowUp;
import org.openpes.services.meetings.Meeting;

/** Meetings and follow-ups (migration V16) inside one use case's transaction. */
final class PgMeetings implements MeetingRecords {
    private static final String FOLLOW_UP = "select follow_up_id, meeting_id, what, owner, due_on, done_on "
            + "from meeting_follow_up ";
    private final Handle h;
    private final Runnable writes;

    PgMeetings(Handle h, Runnable writes) {
        this.h = h;
        this.writes = writes;
    }

    @Override
    public void insert(Meeting m, String actor) {
        writes.run();
        h.createUpdate("insert into meeting (meeting_id, subject, held_on, attendees, minutes, decisions, "
                + "recorded_by) values (:id, :subject, :day, :attendees, :minutes, :decisions, :actor)")
                .bind("id", m.id()).bind("subject", m.subject()).bind("day", m.heldOn())
                .bind("attendees", m.attendees().toArray(String[]::new)).bind("minutes", m.minutes())
                .bind("decisions", m.decisions().toArray(String[]::new)).bind("actor", actor).execute();
        var batch = h.prepareBatch("insert into meeting_follow_up (follow_up_id, meeting_id, what, owner, due_on) "
                + "values (:id, :meeting, :what, :owner, :due)");
        m.followUps().forEach(f -> batch.bind("id", f.id()).bind("meeting", m.id()).bind("what", f.what())
                .bind("owner", f.owner()).bind("due", f.dueOn()).add());
        if (!m.followUps().isEmpty()) {
            batch.execute();
        }
    }

    @Override
    public List<Meeting> of(String subject) {
        Map<String, List<FollowUp>> actions = new HashMap<>();
        h.createQuery(FOLLOW_UP + "where meeting_id in (select meeting_id from meeting where subject = :s) "
                + "order by due_on, follow_up_id").bind("s", subject).map((rs, ctx) -> followUp(rs))
                .forEach(f -> actions.computeIfAbsent(f.meetingId(), k -> new ArrayList<>()).add(f));
        return h.createQuery("select meeting_id, subject, held_on, attendees, minutes, decisions from meeting "
                + "where subject = :s order by held_on desc, meeting_id desc").bind("s", subject)
                .map((rs, ctx) -> new Meeting(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        List.of((String[]) rs.getArray(4).getArray()), rs.getString(5),
                        List.of((String[]) rs.getArray(6).getArray()),
                        actions.getOrDefault(rs.getString(1), List.of()))).list();
    }

    @Override
    public Optional<SubjectFollowUp> followUp(String id) {
        return h.createQuery("select m.subject, f.follow_up_id, f.meeting_id, f.what, f.owner, f.due_on, f.done_on "
                + "from meeting_follow_up f join meeting m using (meeting_id) where f.follow_up_id = :id")
                .bind("id", id).map((rs, ctx) -> new SubjectFollowUp(rs.getString(1), new FollowUp(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))).findOne();
    }

    @Override
    public boolean complete(String id, LocalDate day, String actor) {
        writes.run();
        return h.createUpdate("update meeting_follow_up set done_on = :day, done_by = :actor "
                + "where follow_up_id = :id and done_on is null").bind("id", id).bind("day", day)
                .bind("actor", actor).execute() == 1;
    }

    private static FollowUp followUp(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FollowUp(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));
    }
}
