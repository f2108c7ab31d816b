package org.openpes.services.vacancies;

/**
 * Where a person's application to a vacancy stands (after les-emplois' job applications): NEW until someone looks at
 * it; PROCESSING, POSTPONED and PRE_HIRE while the employer decides; ACCEPTED, REFUSED, CANCELLED and OBSOLETE are
 * decided; POOL keeps a candidate for a later vacancy of the same employer.
 */
public enum ApplicationState {
    NEW, PROCESSING, POSTPONED, PRE_HIRE, ACCEPTED, REFUSED, CANCELLED, OBSOLETE, POOL;

    /** Still waiting for a decision: these become OBSOLETE when the person is hired elsewhere or they go stale. */
    public boolean pending() {
        return this == NEW || this == PROCESSING || this == POSTPONED || this == PRE_HIRE;
    }
}
