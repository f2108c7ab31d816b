package org.openpes.services.app;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.openpes.services.crisis.WatchRule;
import org.openpes.services.people.PersonId;

/** What the crisis unit reads in the observatory's store: firms' recent flows, and a firm's workers at a day. */
public interface CrisisHistories {
    /** A firm of the store (its code, or the pseudonym of a sole trader's), its province and its flows. */
    record Firm(String employerKey, String province, WatchRule.Flows flows) {
    }

    /**
     * The firms of these provinces whose last two quarters up to {@code until} have at least a few terminations or
     * whose two quarters before had hires (the others cannot raise a signal), with their flows.
     */
    List<Firm> flows(Set<String> provinces, LocalDate until);

    /** A worker whose contract at the firm was open at the day: age class, occupation, end, next hire elsewhere. */
    record Worker(String ageClass, String cp2011, LocalDate ended, LocalDate nextHire) {
    }

    /** The workers of the firm's contracts open at the end of {@code at}. */
    List<Worker> workersAt(String employerCode, LocalDate at);

    /** Which of these registered people had a contract with the firm open at the end of {@code at}. */
    Set<PersonId> registeredAmong(String employerCode, LocalDate at, Collection<WorkHistories.Registered> people);

    LocalDate observedUntil();
}
