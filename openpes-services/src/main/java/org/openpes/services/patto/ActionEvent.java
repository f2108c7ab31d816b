package org.openpes.services.patto;

/** What happens to an action. */
public enum ActionEvent {
    START, COMPLETE, HOLD, RESUME, ABANDON, CANCEL
}
