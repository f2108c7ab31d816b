package org.openpes.services.profiling;

import java.time.LocalDate;
import org.openpes.services.people.PersonId;

/** A registered person as the model sees them: their categories at their DID, and the first CO hire after it. */
public record Observation(PersonId id, ProfileFeatures features, LocalDate did, LocalDate nextHire) {
    /** Employed within {@code months} of the DID; null when the store does not reach that far yet. */
    public Boolean employedWithin(int months, LocalDate observedUntil) {
        LocalDate horizon = did.plusMonths(months);
        if (nextHire != null && !nextHire.isAfter(horizon)) {
            return true;
        }
        return horizon.isAfter(observedUntil) ? null : false;
    }

    /** About three people in ten are kept aside to check the model (the same ones at every fit). */
    public boolean heldOut() {
        return Math.floorMod(id.value().hashCode() * 31 + 7, 10) < 3;
    }
}
