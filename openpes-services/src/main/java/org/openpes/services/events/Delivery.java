package org.openpes.services.events;

/** Whether an invitation reached the person. */
public enum Delivery {
    PENDING, SENT, DELIVERED, FAILED
}
