package org.openpes.services.events;

/** How an invitation reaches the person. */
public enum Channel {
    EMAIL, SMS, LETTER, PHONE
}
