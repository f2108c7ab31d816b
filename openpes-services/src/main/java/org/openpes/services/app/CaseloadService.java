package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.patto.PattoAction;
import org.openpes.services.patto.PattoState;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;

/**
 * An operator's caseload: their active patti with the progress of their actions, what is overdue, who waits for a
 * patto. The database counts the actions: a caseload of 300 patti does not carry their 3,000 actions to the page.
 */
public final class CaseloadService extends UseCases<ServicesStore.Tx> {
    /** The CPI must meet the person within 30 days of the DID (D.Lgs. 150/2015 art. 20 c.1). */
    static final int DAYS_TO_PATTO = 30;
    /** The most active patti a caseload lists, newest change first. */
    static final int PATTI_SHOWN = 500;
    /** How many overdue actions the caseload lists, oldest first: an operator works through them from the top. */
    public static final int OVERDUE_SHOWN = 100;
    private final Places places;
    private final Clock clock;

    public CaseloadService(ServicesStore store, Places places, Clock clock) {
        super(store);
        this.places = places;
        this.clock = clock;
    }

    /**
     * An active patto of the caseload: how many of its actions there are and are done, and the next one due (label
     * and day; null when none is open with a due day).
     */
    public record Entry(String pattoId, PersonId person, PattoState state, int version, int actions, int done,
            String nextLabel, LocalDate nextDue) {
    }

    /** The caseload's overdue actions: the {@link #OVERDUE_SHOWN} oldest of {@code count}. */
    public record Overdue(List<PattoAction> oldest, int count) {
    }

    public record Caseload(List<Entry> patti, Overdue overdue, List<Person> waiting) {
    }

    public Outcome<Caseload> of(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        return run(caller, UseCase.READ_CASELOAD, tx -> {
            List<Entry> patti = tx.caseload(caller.userId(), PATTI_SHOWN);
            Overdue overdue = tx.overdue(caller.userId(), PATTI_SHOWN, today, OVERDUE_SHOWN);
            List<Person> waiting = tx.withoutPatto(places.cpisIn(caller.capture()), today.minusDays(DAYS_TO_PATTO),
                    200);
            audit(tx, caller, AuditAction.READ, "caseload:" + patti.size() + " patti, " + waiting.size()
                    + " waiting", "caseload");
            return new Caseload(patti, overdue, waiting);
        });
    }
}
