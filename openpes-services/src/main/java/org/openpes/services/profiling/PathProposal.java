package org.openpes.services.profiling;

import org.openpes.services.patto.GolPath;

/**
 * The GOL path proposed from a profile: path 4 for complex needs; otherwise by the risk class: path 1
 * (reinserimento) for low risk, path 2 (aggiornamento, upskilling) for medium, path 3 (riqualificazione, reskilling)
 * for high; a medium-risk person who lacks digital skills or is willing to retrain is proposed path 3 too. Path 5
 * (ricollocazione collettiva) is decided by the crisis unit for the workers of a firm in crisis, not by a profile.
 */
public final class PathProposal {
    private PathProposal() {
    }

    public static GolPath propose(RiskClass risk, Questionnaire q) {
        if (q.complexNeeds()) {
            return GolPath.LAVORO_E_INCLUSIONE;
        }
        return switch (risk) {
            case LOW -> GolPath.REINSERIMENTO;
            case MEDIUM -> q.lacksDigitalSkills() || q.willingToRetrain() ? GolPath.RIQUALIFICAZIONE
                    : GolPath.AGGIORNAMENTO;
            case HIGH -> GolPath.RIQUALIFICAZIONE;
        };
    }
}
