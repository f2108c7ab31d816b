package org.openpes.services.app;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openpes.services.crossborder.CrossBorderVacancy;
import org.openpes.services.people.Person;

/** The cross-border vacancies and their feeds inside one use case's transaction. */
public interface CrossBorderRecords {
    /** An imported feed: who sent it, when it was extracted, how many rows it had and what they did. */
    record FeedRecord(String id, String source, String country, LocalDate extractedOn, int rows, int created,
            int updated) {
    }

    /** The ids already given to these vacancies of {@code source}, by their id in the feed. */
    Map<String, String> idsOf(String source, Collection<String> foreignIds);

    void insert(FeedRecord feed, String actor);

    /** Saves the vacancy under its id, replacing the one of that id if any. */
    void save(CrossBorderVacancy v, String feedId);

    /** The vacancies still open on {@code day}, the soonest to close first. */
    List<CrossBorderVacancy> open(LocalDate day);

    Optional<CrossBorderVacancy> vacancy(String id);

    /** The feeds imported, newest first. */
    List<FeedRecord> feeds(int limit);

    /**
     * The people owned by {@code cpis} who declared mobility to {@code country} and speak every one of
     * {@code languages} (Italian is held by everyone).
     */
    List<Person> mobile(String country, Collection<String> languages, Set<String> cpis);
}
