package org.openpes.services.profiling;

import java.time.Instant;
import java.util.List;
import org.openpes.services.patto.GolPath;

/**
 * A person's profile: the probabilities of being employed within 6 and 12 months and the risk class (from the
 * region's model, at the person's DID), the main factors, the questionnaire, the GOL path proposed and the path
 * chosen (the proposal, unless an operator overrode it with a reason).
 */
public record Profile(double employedIn6Months, double employedIn12Months, RiskClass risk,
        List<LogisticModel.Factor> mainFactors, Questionnaire questionnaire, GolPath proposed, GolPath chosen,
        String overrideReason, String decidedBy, Instant decidedAt, int version) {
    public boolean overridden() {
        return chosen != proposed;
    }
}
