package org.openpes.services.crisis;

/** The procedure a firm in crisis follows. */
public enum Procedure {
    COLLECTIVE_DISMISSAL, CIGS, CLOSURE, TRANSFER
}
