package org.openpes.services.patto;

/** The states of an action of a patto. */
public enum ActionState {
    PLANNED, IN_PROGRESS, DONE, ABANDONED, CANCELLED, ON_HOLD;

    public boolean isFinal() {
        return ActionWorkflow.TABLE.finalStates().contains(this);
    }
}
