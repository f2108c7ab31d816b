package org.openpes.services.app;

import org.openpes.services.workflow.Refusal;

/** A refusal met inside a transaction: thrown to roll it back, turned back into a refusal by the service. */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Refusal refusal;

    Refused(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }
}
