package org.openpes.services.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.outcomes.Evaluation;
import org.openpes.services.outcomes.MatchedComparison;
import org.openpes.services.outcomes.Service;
import org.openpes.services.outcomes.Subject;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.WorkHistory;
import org.openpes.services.workflow.Outcome;

/**
 * The outcomes of a service, measured from the CO for every registered person of the region against a matched
 * comparison group (docs/outcomes.md). The figures are disclosure-controlled with the observatory's threshold; the
 * evaluation reads every person's record and CO history, and is audited as one read of them all.
 */
public final class OutcomesService extends UseCases {
    private static final int PAGE = 20_000;
    private final Places places;
    private final WorkHistories histories;
    private final int disclosureK;

    public OutcomesService(ServicesStore store, Places places, WorkHistories histories, int disclosureK) {
        super(store);
        this.places = places;
        this.histories = histories;
        this.disclosureK = disclosureK;
    }

    public Outcome<Evaluation> evaluate(Caller caller, Service service) {
        return run(caller, UseCase.READ_OUTCOMES, tx -> {
            LocalDate until = histories.observedUntil();
            Map<PersonId, LocalDate> served = tx.firstServed(service);
            List<Subject> people = new ArrayList<>();
            String after = null;
            for (List<Person> page = tx.peopleWithDid(null, PAGE); !page.isEmpty();
                    page = tx.peopleWithDid(after, PAGE)) {
                Map<PersonId, WorkHistory> h = histories.of(page, until);
                for (Person p : page) {
                    people.add(new Subject(p.id(), p.sex(), p.birthDate(), p.educationIsced(), p.citizenship(),
                            places.of(p.ownerCpi()).provinceCode(), p.didDate(),
                            h.getOrDefault(p.id(), WorkHistory.NONE), served.get(p.id())));
                }
                after = page.get(page.size() - 1).id().value();
            }
            audit(tx, caller, AuditAction.READ, "people:" + people.size() + " (registry, services and CO histories)",
                    "outcome evaluation of " + service);
            return MatchedComparison.evaluate(service, people, until, disclosureK, 42);
        });
    }
}
