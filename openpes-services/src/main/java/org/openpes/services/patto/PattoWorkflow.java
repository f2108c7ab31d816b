package org.openpes.services.patto;

import static org.openpes.services.patto.PattoEvent.ACTIVATE;
import static org.openpes.services.patto.PattoEvent.CLOSE;
import static org.openpes.services.patto.PattoEvent.LAPSE;
import static org.openpes.services.patto.PattoEvent.RESUME;
import static org.openpes.services.patto.PattoEvent.SIGN;
import static org.openpes.services.patto.PattoEvent.SUSPEND;
import static org.openpes.services.patto.PattoState.ACTIVE;
import static org.openpes.services.patto.PattoState.CLOSED;
import static org.openpes.services.patto.PattoState.DRAFT;
import static org.openpes.services.patto.PattoState.LAPSED;
import static org.openpes.services.patto.PattoState.SIGNED;
import static org.openpes.services.patto.PattoState.SUSPENDED;

import java.util.List;
import java.util.Optional;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.workflow.Refusal;
import org.openpes.services.workflow.Workflow;
import org.openpes.services.workflow.Workflow.Guard;
import org.openpes.services.workflow.Workflow.Transition;

/** The patto's one transition table. */
public final class PattoWorkflow {
    /** Signing needs every element of art. 20. */
    static final Guard<Patto> COMPLETE = Guard.named("the five elements of art. 20 c.2 and the availabilities of c.3",
            p -> {
                List<String> missing = p.content().missingElements();
                return missing.isEmpty() ? Optional.empty()
                        : Optional.of(new Refusal(ErrorCode.SRV_002, String.join("; ", missing)));
            });

    public static final Workflow<PattoState, PattoEvent, Patto> TABLE = new Workflow<>("patto", PattoState.class,
            List.of(
                    new Transition<>(DRAFT, SIGN, SIGNED, COMPLETE),
                    new Transition<>(SIGNED, ACTIVATE, ACTIVE, Guard.always()),
                    new Transition<>(SIGNED, CLOSE, CLOSED, Guard.always()),
                    new Transition<>(ACTIVE, SUSPEND, SUSPENDED, Guard.always()),
                    new Transition<>(ACTIVE, CLOSE, CLOSED, Guard.always()),
                    new Transition<>(ACTIVE, LAPSE, LAPSED, Guard.always()),
                    new Transition<>(SUSPENDED, RESUME, ACTIVE, Guard.always()),
                    new Transition<>(SUSPENDED, CLOSE, CLOSED, Guard.always()),
                    new Transition<>(SUSPENDED, LAPSE, LAPSED, Guard.always())));

    private PattoWorkflow() {
    }
}
