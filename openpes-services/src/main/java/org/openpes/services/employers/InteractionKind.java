package org.openpes.services.employers;

/** How an account manager was in touch with an employer. */
public enum InteractionKind {
    VISIT, CALL, EMAIL, EVENT
}
