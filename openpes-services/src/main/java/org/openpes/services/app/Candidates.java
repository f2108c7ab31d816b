package org.openpes.services.app;

import java.util.List;
import java.util.function.Predicate;
import org.openpes.services.people.PersonId;
import org.openpes.services.vacancies.Vacancy;

/** The matcher as the vacancy services see it: the people who fit a vacancy best, each with why. */
public interface Candidates {
    /** A ranked candidate: the person, the score (0–1) and the explanation's words. */
    record Candidate(PersonId person, double score, String why) {
    }

    /** The {@code k} best candidates for the vacancy among the people {@code admitted} lets through. */
    List<Candidate> best(Vacancy vacancy, int k, Predicate<PersonId> admitted);

    /** The {@code k} best of {@code people} for the vacancy (those the matcher does not hold are left out). */
    List<Candidate> bestAmong(Vacancy vacancy, java.util.Collection<PersonId> people, int k);
}
