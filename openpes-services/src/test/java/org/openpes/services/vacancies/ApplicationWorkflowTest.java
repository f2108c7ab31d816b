package org.openpes.services.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;

/** Giulia's application to the warehouse vacancy of a firm in Bergamo, from the table. */
class ApplicationWorkflowTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static Application giulia(ApplicationState state) {
        return new Application("A1", "V1", new PersonId("S00000042"), Application.Source.MATCHER, state,
                state == ApplicationState.REFUSED ? RefusalReason.DISTANCE : null, "matcher 0.81", MONDAY, MONDAY, 3);
    }

    private static RefusalReason reasonFor(ApplicationEvent e) {
        return e == ApplicationEvent.REFUSE ? RefusalReason.SKILLS_DO_NOT_MATCH : null;
    }

    @Test
    void everyStateAndEventDoesWhatTheTableSays() {
        for (ApplicationState s : ApplicationState.values()) {
            for (ApplicationEvent e : ApplicationEvent.values()) {
                var row = ApplicationWorkflow.TABLE.table().stream().filter(t -> t.from() == s && t.event() == e)
                        .findFirst();
                Outcome<Application> out = giulia(s).on(e, reasonFor(e), "step", MONDAY.plusDays(1));
                assertThat(out.isDone()).as("%s + %s", s, e).isEqualTo(row.isPresent());
                if (out instanceof Outcome.Refused<Application> r) {
                    assertThat(r.refusal().code()).isEqualTo(ErrorCode.SRV_001);
                }
                row.ifPresent(t -> assertThat(out.orThrow().state()).isEqualTo(t.to()));
            }
        }
        assertThat(ApplicationWorkflow.TABLE.finalStates()).containsExactly(ApplicationState.CANCELLED);
    }

    @Test
    void aRefusalNeedsAReasonFromTheListAndKeepsIt() {
        Application processing = giulia(ApplicationState.PROCESSING);
        Outcome<Application> none = processing.on(ApplicationEvent.REFUSE, null, "no", MONDAY);
        assertThat(none.isDone()).isFalse();
        assertThat(((Outcome.Refused<Application>) none).refusal().code()).isEqualTo(ErrorCode.SRV_022);
        assertThat(Application.reason("TOO_TALL").isDone()).isFalse();
        Application refused = processing.on(ApplicationEvent.REFUSE, RefusalReason.DISTANCE, "lives 80 km away",
                MONDAY).orThrow();
        assertThat(refused.refusal()).isEqualTo(RefusalReason.DISTANCE);
        assertThat(refused.on(ApplicationEvent.REOPEN, null, "moved closer", MONDAY).orThrow().refusal()).isNull();
    }

    @Test
    void onlyPendingApplicationsGoStale() {
        LocalDate later = MONDAY.plusDays(61);
        assertThat(giulia(ApplicationState.NEW).stale(later, 60)).isTrue();
        assertThat(giulia(ApplicationState.PRE_HIRE).stale(later, 60)).isTrue();
        assertThat(giulia(ApplicationState.NEW).stale(MONDAY.plusDays(60), 60)).isFalse();
        assertThat(giulia(ApplicationState.ACCEPTED).stale(later, 60)).isFalse();
        assertThat(giulia(ApplicationState.POOL).stale(later, 60)).isFalse();
    }

    @Property(tries = 300)
    void randomSequencesStayOnTheTable(@ForAll List<ApplicationEvent> events) {
        Application a = giulia(ApplicationState.NEW);
        for (ApplicationEvent e : events) {
            boolean allowed = ApplicationWorkflow.TABLE.eventsFrom(a.state(), ApplicationEvent.class).contains(e);
            Outcome<Application> out = a.on(e, reasonFor(e), "step", MONDAY);
            assertThat(out.isDone()).isEqualTo(allowed);
            if (allowed) {
                Application next = out.orThrow();
                assertThat(next.version()).isEqualTo(a.version() + 1);
                assertThat(next.refusal() != null).isEqualTo(next.state() == ApplicationState.REFUSED);
                a = next;
            }
        }
    }
}
