package org.openpes.services.events;

import java.util.List;
import org.openpes.services.vacancies.ApplicationEvent;
import org.openpes.services.vacancies.ApplicationState;

/**
 * What came of an interview, and what it does to the application: a hire accepts it, a next step puts it before
 * hiring, a candidate not retained is refused (with a reason from the list). An application still NEW is processed
 * first: the interview is the employer looking at it.
 */
public enum InterviewOutcome {
    HIRED(ApplicationEvent.ACCEPT), NEXT_STEP(ApplicationEvent.PRE_HIRE), NOT_RETAINED(ApplicationEvent.REFUSE);

    private final ApplicationEvent event;

    InterviewOutcome(ApplicationEvent event) {
        this.event = event;
    }

    /** The application's events, in order, from {@code state}. */
    public List<ApplicationEvent> events(ApplicationState state) {
        return state == ApplicationState.NEW && event != ApplicationEvent.REFUSE
                ? List.of(ApplicationEvent.PROCESS, event) : List.of(event);
    }
}
