package org.openpes.services.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openpes.services.crisis.CrisisCase;
import org.openpes.services.people.PersonId;

/** Where the crisis unit keeps its cases, in the same transactions as the employer services' records. */
public interface CrisisStore extends Transactions<CrisisStore.Tx> {
    /** What a crisis use case may read and write inside its transaction. */
    interface Tx extends EmployerStore.Tx {
        void insert(CrisisCase c, int workers, Set<PersonId> registered);

        Optional<CrisisCase> crisisCase(String id);

        int workers(String caseId);

        List<PersonId> registeredWorkers(String caseId);

        /** Registered people by id, a page at a time (null: from the first), with their fiscal codes. */
        List<WorkHistories.Registered> registry(String afterId, int limit);

        /** The round tables of the cases, and their follow-ups. */
        MeetingRecords meetings();
    }
}
