package org.openpes.services.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting on a subject ({@code crisis:ID} for a crisis case's round table, {@code partner:ID} for a partner): the day,
 * who attended (organisations and roles as written, never job seekers), the minutes, the decisions and the follow-ups.
 */
public record Meeting(String id, String subject, LocalDate heldOn, List<String> attendees, String minutes,
        List<String> decisions, List<FollowUp> followUps) {
    public Meeting {
        attendees = List.copyOf(attendees);
        decisions = List.copyOf(decisions);
        followUps = List.copyOf(followUps);
    }
}
