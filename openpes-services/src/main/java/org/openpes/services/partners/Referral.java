package org.openpes.services.partners;

import java.time.LocalDate;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * A person referred by the CPI to a partner, with the reason; open until the CPI or the partner closes it with an
 * outcome. While it is open, the partner's users may read the person's record.
 */
public record Referral(String id, PersonId person, String partnerId, String reason, State state, String openedBy,
        LocalDate openedOn, String closedBy, LocalDate closedOn, String outcome, int version) {

    public enum State { OPEN, CLOSED }

    /** Closes the referral with its outcome (1 to 2000 characters); a closed one cannot close again. */
    public Outcome<Referral> close(String outcomeText, String by, LocalDate on) {
        if (state == State.CLOSED) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_001, "referral " + id, "close", "CLOSED"));
        }
        if (outcomeText == null || outcomeText.isBlank() || outcomeText.length() > 2000) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_004, "outcome", "1 to 2000 characters: what came of it"));
        }
        return Outcome.done(new Referral(id, person, partnerId, reason, State.CLOSED, openedBy, openedOn, by, on,
                outcomeText.strip(), version + 1));
    }
}
