/**
 * Meetings of the PES with others, on a subject: the round table of a crisis case, or a meeting with a partner of the
 * network. A meeting has its attendees, minutes, decisions and follow-up actions, each with an owner and a day due;
 * {@link org.openpes.services.meetings.MeetingForm} checks what an operator types.
 */
package org.openpes.services.meetings;
