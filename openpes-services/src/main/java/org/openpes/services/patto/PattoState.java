package org.openpes.services.patto;

/** The states of a patto: draft → signed → active → suspended → closed or lapsed. */
public enum PattoState {
    DRAFT, SIGNED, ACTIVE, SUSPENDED, CLOSED, LAPSED
}
