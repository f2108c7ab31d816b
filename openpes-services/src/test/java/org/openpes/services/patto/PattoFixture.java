package org.openpes.services.patto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openpes.services.people.PersonId;

/** Patti in the words of a CPI: "a complete patto for a person at medium risk on the upskilling path". */
public final class PattoFixture {
    public static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    private PattoFixture() {
    }

    /** Every element of art. 20: case manager, profile, two search acts, contacts every 30 days, proof, availabilities. */
    public static PattoContent complete(String caseManager) {
        return new PattoContent(caseManager, 2, GolPath.AGGIORNAMENTO, List.of(
                new PattoContent.JobSearchAct("send 4 applications a month", LocalDate.of(2026, 4, 30)),
                new PattoContent.JobSearchAct("attend the CV workshop", LocalDate.of(2026, 3, 20))),
                30, "copies of applications sent, checked at each contact", true, true, true);
    }

    public static Patto draftFor(String caseManager) {
        return Patto.draft("PT000000001", new PersonId("P0000000001"), PattoContent.draftFor(caseManager),
                caseManager, MONDAY);
    }

    public static Patto signedFor(String caseManager) {
        return draftFor(caseManager).revise(complete(caseManager), "interview held", caseManager, MONDAY)
                .then(p -> p.on(PattoEvent.SIGN, "signed by the person and the case manager", caseManager, MONDAY))
                .orThrow();
    }
}
