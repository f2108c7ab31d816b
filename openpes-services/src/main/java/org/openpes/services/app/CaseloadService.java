package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.patto.Patto;
import org.openpes.services.patto.PattoAction;
import org.openpes.services.people.Person;
import org.openpes.services.workflow.Outcome;

/** An operator's caseload: their active patti with their actions, what is overdue, who waits for a patto. */
public final class CaseloadService extends UseCases<ServicesStore.Tx> {
    /** The CPI must meet the person within 30 days of the DID (D.Lgs. 150/2015 art. 20 c.1). */
    static final int DAYS_TO_PATTO = 30;
    private final Places places;
    private final Clock clock;

    public CaseloadService(ServicesStore store, Places places, Clock clock) {
        super(store);
        this.places = places;
        this.clock = clock;
    }

    /** The caller's patti (their person is not loaded: {@code PattoView.person()} is null), overdue, waiting. */
    /**
     * The caseload: its active patti, the {@link #OVERDUE_SHOWN} oldest overdue actions of {@code overdueCount}, and
     * the people waiting for a patto.
     */
    public record Caseload(List<PattoService.PattoView> patti, List<PattoAction> overdue, int overdueCount,
            List<Person> waiting) {
    }

    /** How many overdue actions the caseload lists, oldest first: an operator works through them from the top. */
    public static final int OVERDUE_SHOWN = 100;

    public Outcome<Caseload> of(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        return run(caller, UseCase.READ_CASELOAD, tx -> {
            List<PattoService.PattoView> patti = new ArrayList<>();
            List<PattoAction> overdue = new ArrayList<>();
            List<Patto> managed = tx.pattiManagedBy(caller.userId(), 500);
            var actionsByPatto = tx.actionsOf(managed.stream().map(Patto::id).toList());
            for (Patto p : managed) {
                List<PattoAction> actions = actionsByPatto.getOrDefault(p.id(), List.of());
                patti.add(new PattoService.PattoView(p, actions, null));
                actions.stream().filter(a -> a.overdue(today)).forEach(overdue::add);
            }
            List<Person> waiting = tx.withoutPatto(places.cpisIn(caller.capture()), today.minusDays(DAYS_TO_PATTO),
                    200);
            audit(tx, caller, AuditAction.READ, "caseload:" + patti.size() + " patti, " + waiting.size()
                    + " waiting", "caseload");
            overdue.sort(java.util.Comparator.comparing(PattoAction::due).thenComparing(PattoAction::id));
            return new Caseload(patti, List.copyOf(overdue.subList(0, Math.min(OVERDUE_SHOWN, overdue.size()))),
                    overdue.size(), waiting);
        });
    }
}
