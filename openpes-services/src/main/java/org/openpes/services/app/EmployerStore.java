package org.openpes.services.app;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openpes.services.employers.EmployerAccount;
import org.openpes.services.employers.Interaction;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.vacancies.Application;
import org.openpes.services.vacancies.Vacancy;

/** Where the employer services keep accounts, interactions, vacancies and applications. */
public interface EmployerStore extends Transactions<EmployerStore.Tx> {
    /** What an employer use case may read and write inside its transaction. */
    interface Tx extends Transactions.Audited {
        Optional<EmployerAccount> account(String accountId);

        /** The account's contacts, other workplaces and recorded needs. */
        org.openpes.services.employers.AccountDetails details(EmployerAccount account);

        void insert(EmployerAccount account, org.openpes.services.employers.Contact c, String actor);

        /** False when the account already has that workplace. */
        boolean insert(EmployerAccount account, org.openpes.services.employers.Establishment e, String actor);

        void insert(EmployerAccount account, org.openpes.services.employers.RecordedNeed n, String actor);

        Optional<EmployerAccount> accountOf(String employerCode);

        /** The account id of each employer code that has one. */
        Map<String, String> accountIds(Collection<String> employerCodes);

        List<EmployerAccount> managedBy(String userId);

        /** Employers whose workplace is one of {@code comuni} and that no interaction was ever recorded for. */
        List<EmployerAccount> neverContacted(Set<String> comuni, int limit);

        /** Writes the account's new version; false when the stored one is not {@code expected}. */
        boolean update(EmployerAccount a, int expected);

        List<Interaction> interactions(String employerCode);

        /** The day of each employer's last recorded contact (employers never contacted are left out). */
        Map<String, java.time.LocalDate> lastContacts(Collection<String> employerCodes);

        /** The next steps not done of these employers, earliest due first. */
        List<Interaction> openSteps(Collection<String> employerCodes);

        Optional<Interaction> interaction(String id);

        void insert(Interaction i);

        void stepDone(String interactionId);

        Optional<Vacancy> vacancy(String id);

        /** The vacancies of these employers; only those taking candidates when {@code openOnly}. */
        List<Vacancy> vacanciesOf(Collection<String> employerCodes, boolean openOnly, int limit);

        void insert(Vacancy v);

        boolean update(Vacancy v, int expected);

        Optional<Application> application(String id);

        List<Application> applicationsTo(String vacancyId);

        List<Application> applicationsOf(PersonId person);

        /** Pending applications unchanged since before {@code day}. */
        List<Application> pendingSince(java.time.LocalDate day, int limit);

        void insert(Application a);

        boolean update(Application a, int expected);

        /** An application with its vacancy's employer. */
        record Proposal(Application application, String employerCode) {
        }

        /** The applications the PES made (matcher or operator) to these employers' vacancies, newest first. */
        List<Proposal> proposalsTo(Collection<String> employerCodes, int limit);

        /** The people with these ids (those that exist). */
        List<Person> people(Collection<PersonId> ids);
    }
}
