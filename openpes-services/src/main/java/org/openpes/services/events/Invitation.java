package org.openpes.services.events;

import org.openpes.services.people.PersonId;

/** A person invited to an event for one of their applications, by a channel, with its delivery and attendance. */
public record Invitation(String id, String eventId, String applicationId, PersonId person, Channel channel,
        Delivery delivery, Attendance attendance) {
    public Invitation delivered(Delivery d) {
        return new Invitation(id, eventId, applicationId, person, channel, d, attendance);
    }

    public Invitation attended(Attendance a) {
        return new Invitation(id, eventId, applicationId, person, channel, delivery, a);
    }
}
