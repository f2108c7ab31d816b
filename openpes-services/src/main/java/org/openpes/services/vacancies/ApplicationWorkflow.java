package org.openpes.services.vacancies;

import static org.openpes.services.vacancies.ApplicationEvent.ACCEPT;
import static org.openpes.services.vacancies.ApplicationEvent.CANCEL;
import static org.openpes.services.vacancies.ApplicationEvent.MAKE_OBSOLETE;
import static org.openpes.services.vacancies.ApplicationEvent.MOVE_TO_POOL;
import static org.openpes.services.vacancies.ApplicationEvent.POSTPONE;
import static org.openpes.services.vacancies.ApplicationEvent.PROCESS;
import static org.openpes.services.vacancies.ApplicationEvent.REFUSE;
import static org.openpes.services.vacancies.ApplicationEvent.REOPEN;
import static org.openpes.services.vacancies.ApplicationState.ACCEPTED;
import static org.openpes.services.vacancies.ApplicationState.CANCELLED;
import static org.openpes.services.vacancies.ApplicationState.NEW;
import static org.openpes.services.vacancies.ApplicationState.OBSOLETE;
import static org.openpes.services.vacancies.ApplicationState.POOL;
import static org.openpes.services.vacancies.ApplicationState.POSTPONED;
import static org.openpes.services.vacancies.ApplicationState.PRE_HIRE;
import static org.openpes.services.vacancies.ApplicationState.PROCESSING;
import static org.openpes.services.vacancies.ApplicationState.REFUSED;

import java.util.ArrayList;
import java.util.List;
import org.openpes.services.workflow.Workflow;
import org.openpes.services.workflow.Workflow.Guard;
import org.openpes.services.workflow.Workflow.Transition;

/**
 * The one transition table of applications. Built from rules rather than row by row: a pending application can be
 * refused, cancelled or made obsolete from any of its states; a decided one (refused, obsolete, pooled) can be
 * reopened; only an accepted one can be cancelled after the decision (the hire fell through).
 */
public final class ApplicationWorkflow {
    public static final Workflow<ApplicationState, ApplicationEvent, Application> TABLE = new Workflow<>(
            "application", ApplicationState.class, rows());

    private ApplicationWorkflow() {
    }

    private static List<Transition<ApplicationState, ApplicationEvent, Application>> rows() {
        List<Transition<ApplicationState, ApplicationEvent, Application>> t = new ArrayList<>();
        t.add(row(NEW, PROCESS, PROCESSING));
        t.add(row(PROCESSING, POSTPONE, POSTPONED));
        t.add(row(POSTPONED, PROCESS, PROCESSING));
        t.add(row(PROCESSING, ApplicationEvent.PRE_HIRE, PRE_HIRE));
        t.add(row(POSTPONED, ApplicationEvent.PRE_HIRE, PRE_HIRE));
        t.add(row(PROCESSING, ACCEPT, ACCEPTED));
        t.add(row(POSTPONED, ACCEPT, ACCEPTED));
        t.add(row(PRE_HIRE, ACCEPT, ACCEPTED));
        for (ApplicationState pending : List.of(NEW, PROCESSING, POSTPONED, PRE_HIRE)) {
            t.add(row(pending, REFUSE, REFUSED));
            t.add(row(pending, CANCEL, CANCELLED));
            t.add(row(pending, MAKE_OBSOLETE, OBSOLETE));
            if (pending != PRE_HIRE) {
                t.add(row(pending, MOVE_TO_POOL, POOL));
            }
        }
        t.add(row(ACCEPTED, CANCEL, CANCELLED));
        for (ApplicationState decided : List.of(REFUSED, OBSOLETE, POOL)) {
            t.add(row(decided, REOPEN, PROCESSING));
        }
        return t;
    }

    private static Transition<ApplicationState, ApplicationEvent, Application> row(ApplicationState from,
            ApplicationEvent event, ApplicationState to) {
        return new Transition<>(from, event, to, Guard.always());
    }
}
