package org.openpes.services.meetings;

import java.time.LocalDate;

/** An action decided at a meeting: what, who does it (as written: an office, an organisation), by when, and when done. */
public record FollowUp(String id, String meetingId, String what, String owner, LocalDate dueOn, LocalDate doneOn) {
    /** Not done and past its day on {@code today}. */
    public boolean overdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }
}
