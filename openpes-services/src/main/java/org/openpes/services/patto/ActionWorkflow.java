package org.openpes.services.patto;

import static org.openpes.services.patto.ActionEvent.ABANDON;
import static org.openpes.services.patto.ActionEvent.CANCEL;
import static org.openpes.services.patto.ActionEvent.COMPLETE;
import static org.openpes.services.patto.ActionEvent.HOLD;
import static org.openpes.services.patto.ActionEvent.RESUME;
import static org.openpes.services.patto.ActionEvent.START;
import static org.openpes.services.patto.ActionState.ABANDONED;
import static org.openpes.services.patto.ActionState.CANCELLED;
import static org.openpes.services.patto.ActionState.DONE;
import static org.openpes.services.patto.ActionState.IN_PROGRESS;
import static org.openpes.services.patto.ActionState.ON_HOLD;
import static org.openpes.services.patto.ActionState.PLANNED;

import java.util.List;
import org.openpes.services.workflow.Workflow;
import org.openpes.services.workflow.Workflow.Guard;
import org.openpes.services.workflow.Workflow.Transition;

/** The one transition table of a patto's actions (after carnet-de-bord's action states). */
public final class ActionWorkflow {
    public static final Workflow<ActionState, ActionEvent, PattoAction> TABLE = new Workflow<>("action",
            ActionState.class, List.of(
                    new Transition<>(PLANNED, START, IN_PROGRESS, Guard.always()),
                    new Transition<>(PLANNED, COMPLETE, DONE, Guard.always()),
                    new Transition<>(PLANNED, HOLD, ON_HOLD, Guard.always()),
                    new Transition<>(PLANNED, CANCEL, CANCELLED, Guard.always()),
                    new Transition<>(IN_PROGRESS, COMPLETE, DONE, Guard.always()),
                    new Transition<>(IN_PROGRESS, HOLD, ON_HOLD, Guard.always()),
                    new Transition<>(IN_PROGRESS, ABANDON, ABANDONED, Guard.always()),
                    new Transition<>(ON_HOLD, RESUME, IN_PROGRESS, Guard.always()),
                    new Transition<>(ON_HOLD, ABANDON, ABANDONED, Guard.always()),
                    new Transition<>(ON_HOLD, CANCEL, CANCELLED, Guard.always())));

    private ActionWorkflow() {
    }
}
