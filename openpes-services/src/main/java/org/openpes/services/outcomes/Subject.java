package org.openpes.services.outcomes;

import java.time.LocalDate;
import org.openpes.core.identity.Sex;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.ProfileFeatures;
import org.openpes.services.profiling.WorkHistory;

/**
 * A registered person as the evaluation sees them: the registry's observables, their CO history from the DID (the
 * first hire after it), and the day they received the service (null: never).
 */
public record Subject(PersonId id, Sex sex, LocalDate birthDate, int isced, String citizenship, String province,
        LocalDate did, WorkHistory history, LocalDate served) {

    /** Still registered and not hired on {@code day}: their first hire after the DID comes later, if at all. */
    boolean atRiskOn(LocalDate day) {
        return !did.isAfter(day) && (history.nextHire() == null || history.nextHire().isAfter(day));
    }

    /**
     * The matching cell on {@code day} at a level of detail: 0, sex, age class, education, months without work,
     * province and last occupation group; 1, the same without the occupation; 2, without the age class either.
     * The months without work are never dropped: without them the comparison drew long-term unemployed people for
     * people served soon after losing their job, and found an effect of +12 points where the generator put none.
     */
    String cellOn(LocalDate day, int level) {
        ProfileFeatures f = ProfileFeatures.of(sex, birthDate, isced, citizenship, province, history, day);
        return f.sex() + "|" + f.education() + "|" + f.province() + "|" + f.monthsWithoutWork()
                + (level < 2 ? "|" + f.ageClass() : "") + (level < 1 ? "|" + f.lastOccupationGroup() : "");
    }

    /** The part of the cell at {@code level} that does not change with the day. */
    String fixedCell(int level) {
        ProfileFeatures f = ProfileFeatures.of(sex, birthDate, isced, citizenship, province, history, did);
        return f.sex() + "|" + f.education() + "|" + f.province() + (level < 1 ? "|" + f.lastOccupationGroup() : "");
    }
}
