package org.openpes.services.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openpes.services.meetings.FollowUp;
import org.openpes.services.meetings.Meeting;

/** Meetings and their follow-ups inside one use case's transaction. */
public interface MeetingRecords {
    void insert(Meeting m, String actor);

    /** The meetings on a subject, the latest first, with their follow-ups. */
    List<Meeting> of(String subject);

    /** A follow-up with the subject of its meeting. */
    Optional<SubjectFollowUp> followUp(String id);

    /** Marks it done on {@code day}; false when it was done already. */
    boolean complete(String id, LocalDate day, String actor);

    /** A follow-up and the subject of its meeting. */
    record SubjectFollowUp(String subject, FollowUp followUp) {
    }
}
