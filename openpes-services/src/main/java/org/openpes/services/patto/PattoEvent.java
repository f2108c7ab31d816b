package org.openpes.services.patto;

/** What happens to a patto; each comes with a reason. */
public enum PattoEvent {
    SIGN, ACTIVATE, SUSPEND, RESUME, CLOSE, LAPSE
}
