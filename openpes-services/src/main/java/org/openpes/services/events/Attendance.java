package org.openpes.services.events;

/** Whether the person came to the event. */
public enum Attendance {
    UNKNOWN, SEEN, EXCUSED, NO_SHOW
}
