package org.openpes.services.app;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.WorkHistory;

/** Where the application services read people's work histories: the observatory's CO store. */
public interface WorkHistories {
    /**
     * Each person's history seen from their DID (from {@code fallback} when they have none), corrections and
     * annulments applied; a person without CO gets {@link WorkHistory#NONE}.
     */
    Map<PersonId, WorkHistory> of(Collection<Person> people, LocalDate fallback);

    /**
     * The CP2011 codes of the jobs each person was hired for before {@code on} (their registration), most recent
     * first, corrections and annulments applied; people without such a job are left out.
     */
    Map<PersonId, java.util.List<String>> occupationsBefore(Collection<Registered> people);

    /** A person to look up by fiscal code, seen from a day. */
    record Registered(PersonId id, org.openpes.core.identity.FiscalCode fiscalCode, LocalDate on) {
    }

    /** The last day the store has CO for: outcomes later than this are not known yet. */
    LocalDate observedUntil();

    /** A person's history seen from their DID and from {@code today} (the store's last day, if earlier). */
    record Seen(LocalDate did, WorkHistory fromDid, LocalDate today, WorkHistory fromToday, LocalDate observedUntil) {
    }
}
