package org.openpes.services.patto;

import java.time.LocalDate;
import java.util.Locale;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * An action of a patto, from the catalogue or free, with its state, due date and who carries it out.
 *
 * @param assignee who carries it out: {@code operator:ID}, {@code partner:ORG} or {@code person}
 */
public record PattoAction(String id, String pattoId, ActionKind kind, String label, ActionState state,
        LocalDate due, String assignee, int version) {

    /** True when it is due before {@code today} and still open. */
    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today) && !state.isFinal();
    }

    public Outcome<PattoAction> on(ActionEvent event, String reason) {
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_006, event.name().toLowerCase(Locale.ROOT)));
        }
        return ActionWorkflow.TABLE.fire(state, event, this).then(next -> Outcome.done(
                new PattoAction(id, pattoId, kind, label, next, due, assignee, version + 1)));
    }
}
