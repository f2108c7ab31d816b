package org.openpes.services.events;

import java.time.LocalTime;

/** An interview slot of a vacancy at an event: its time, the invitation booked in it (none: free), its outcome. */
public record Slot(String id, String eventId, String vacancyId, LocalTime startsAt, String invitationId,
        InterviewOutcome outcome) {
    public boolean free() {
        return invitationId == null;
    }
}
