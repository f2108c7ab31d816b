package org.openpes.services.employers;

import java.time.LocalDate;

/**
 * One contact with an employer: its kind and day, what was said, and the next step agreed with its due day (none:
 * null), done or not.
 */
public record Interaction(String id, String employerCode, InteractionKind kind, LocalDate on, String note,
        String nextStep, LocalDate nextStepDue, boolean nextStepDone, String actor) {
    /** A next step not done whose due day has passed on {@code today}. */
    public boolean overdue(LocalDate today) {
        return nextStep != null && !nextStepDone && nextStepDue != null && nextStepDue.isBefore(today);
    }
}
