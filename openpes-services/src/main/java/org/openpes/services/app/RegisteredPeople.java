package org.openpes.services.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.WorkHistory;

/** Every registered person with a DID, with their CO history seen from it: what profiling and outcomes read. */
final class RegisteredPeople {
    /** People read at a time (and sent to the store together for their histories). */
    private static final int PAGE = 20_000;

    private RegisteredPeople() {
    }

    /** Calls {@code visit} for each person with a DID, by id, with their history (none: {@link WorkHistory#NONE}). */
    static int each(ServicesStore.Tx tx, WorkHistories histories, LocalDate until,
            BiConsumer<Person, WorkHistory> visit) {
        int n = 0;
        String after = null;
        for (List<Person> page = tx.peopleWithDid(null, PAGE); !page.isEmpty(); page = tx.peopleWithDid(after, PAGE)) {
            Map<PersonId, WorkHistory> h = histories.of(page, until);
            for (Person p : page) {
                visit.accept(p, h.getOrDefault(p.id(), WorkHistory.NONE));
                n++;
            }
            after = page.get(page.size() - 1).id().value();
        }
        return n;
    }
}
