package org.openpes.services.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openpes.services.patto.Patto;
import org.openpes.services.patto.PattoAction;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;

/** Where the application services keep people and patti: one transaction per use case, with an actor. */
public interface ServicesStore extends Transactions<ServicesStore.Tx> {

    /** What a use case may read and write inside its transaction. */
    interface Tx extends Transactions.Audited {
        Optional<Person> person(PersonId id);

        Optional<Person> personByFiscalCode(String fiscalCode);

        /** The CPI that owns each of {@code ids} that exists (the others are left out). */
        java.util.Map<PersonId, String> owners(java.util.Collection<PersonId> ids);

        /** People whose family name starts with {@code prefix} (any case), owned by one of {@code cpis}. */
        List<Person> peopleByFamilyName(String prefix, Set<String> cpis, int limit);

        void insert(Person p);

        /** Moves a person to another CPI, recording the transfer and its reason; false on a stale version. */
        boolean transfer(Person p, String toCpi, String reason, String actor, int expectedVersion);

        /** A person's protected data, by kind (DISABILITY, HEALTH, JUDICIAL). */
        java.util.Map<String, String> protectedData(PersonId id);

        void recordProtected(PersonId id, String kind, String note, String actor);

        /** True when {@code userId} holds a break-the-glass grant on the person that has not expired at {@code now}. */
        boolean glassBroken(String userId, PersonId id, java.time.Instant now);

        void breakGlass(String userId, PersonId id, String reason, java.time.Instant expires);

        /** The grants of the last {@code days} days: user, person, reason, granted, expires. */
        List<String[]> recentGrants(int days);

        Optional<Patto> patto(String id);

        void insert(Patto p);

        /** Writes the patto's new version and its last revision; false when the stored version is not {@code expected}. */
        boolean update(Patto p, int expected);

        List<PattoAction> actions(String pattoId);

        Optional<PattoAction> action(String actionId);

        void insert(PattoAction a);

        boolean update(PattoAction a, int expected);

        /** A person's patti in every state, newest first, without their revisions. */
        List<Patto> pattiOf(PersonId person);

        /**
         * The signed, active or suspended patti of a case manager, newest change first (at most {@code limit}), each
         * with its actions counted and the next one due.
         */
        List<CaseloadService.Entry> caseload(String caseManager, int limit);

        /** The overdue actions on {@code today} of the patti of {@link #caseload}: the oldest {@code limit}, and how many. */
        CaseloadService.Overdue overdue(String caseManager, int patti, LocalDate today, int limit);

        /** The actions of several patti at once, by patto. */
        java.util.Map<String, List<PattoAction>> actionsOf(java.util.Collection<String> pattoIds);

        /** People of {@code cpis} with a DID on or before {@code didBefore} and no patto. */
        List<Person> withoutPatto(Set<String> cpis, LocalDate didBefore, int limit);

        /** People with a DID whose id comes after {@code afterId} (null: from the first), by id: a page of them. */
        List<Person> peopleWithDid(String afterId, int limit);

        /** The first day each person received {@code service} (people who never did are left out). */
        java.util.Map<PersonId, LocalDate> firstServed(org.openpes.services.outcomes.Service service);

        /** The profiling models and profiles, in this transaction. */
        ProfileRecords profiles();

        /** The person's education, training, declared work and skills. */
        CurriculumRecords curriculum();

        /** The partner network: organisations, agreements, members, referrals. */
        PartnerRecords partners();

        /** Cross-border vacancies, their feeds, and who declared mobility. */
        CrossBorderRecords crossBorder();

        /** Meetings with partners, and their follow-ups. */
        MeetingRecords meetings();

    }
}
