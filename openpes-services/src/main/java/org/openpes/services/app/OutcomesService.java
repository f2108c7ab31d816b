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
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;

/**
 * The outcomes of a service, measured from the CO for every registered person of the region against a matched
 * comparison group (docs/outcomes.md). The figures are disclosure-controlled with the observatory's threshold; the
 * evaluation reads every person's record and CO history, and is audited as one read of them all.
 */
public final class OutcomesService extends UseCases<ServicesStore.Tx> {
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
            RegisteredPeople.each(tx, histories, until, (p, h) -> people.add(new Subject(p.id(), p.sex(),
                    p.birthDate(), p.educationIsced(), p.citizenship(), places.of(p.ownerCpi()).provinceCode(),
                    p.didDate(), h, served.get(p.id()))));
            audit(tx, caller, AuditAction.READ, "people:" + people.size() + " (registry, services and CO histories)",
                    "outcome evaluation of " + service);
            return MatchedComparison.evaluate(service, people, until, disclosureK, 42);
        });
    }
}
