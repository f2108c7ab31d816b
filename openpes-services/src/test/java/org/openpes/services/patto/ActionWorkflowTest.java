package org.openpes.services.patto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.openpes.services.workflow.Outcome;

/** A patto's actions, from their table. */
class ActionWorkflowTest {
    private static PattoAction cvWorkshop(ActionState state) {
        return new PattoAction("A1", "PT1", ActionKind.LEP_BASIC_ORIENTATION, "CV workshop", state,
                LocalDate.of(2026, 3, 20), "person", 1);
    }

    @Test
    void everyStateAndEventDoesWhatTheTableSays() {
        for (ActionState s : ActionState.values()) {
            for (ActionEvent e : ActionEvent.values()) {
                var row = ActionWorkflow.TABLE.table().stream().filter(t -> t.from() == s && t.event() == e)
                        .findFirst();
                Outcome<PattoAction> out = cvWorkshop(s).on(e, "because");
                assertThat(out.isDone()).as("%s + %s", s, e).isEqualTo(row.isPresent());
                row.ifPresent(t -> assertThat(out.orThrow().state()).isEqualTo(t.to()));
            }
        }
        assertThat(ActionWorkflow.TABLE.finalStates()).containsExactlyInAnyOrder(ActionState.DONE,
                ActionState.ABANDONED, ActionState.CANCELLED);
    }

    @Test
    void anOpenActionPastItsDueDateIsOverdueAndAFinishedOneIsNot() {
        LocalDate after = LocalDate.of(2026, 3, 21);
        assertThat(cvWorkshop(ActionState.PLANNED).overdue(after)).isTrue();
        assertThat(cvWorkshop(ActionState.ON_HOLD).overdue(after)).isTrue();
        assertThat(cvWorkshop(ActionState.PLANNED).overdue(LocalDate.of(2026, 3, 20))).isFalse();
        assertThat(cvWorkshop(ActionState.DONE).overdue(after)).isFalse();
    }

    @Property(tries = 300)
    void randomSequencesStayOnTheTable(@ForAll List<ActionEvent> events) {
        PattoAction a = cvWorkshop(ActionState.PLANNED);
        for (ActionEvent e : events) {
            boolean allowed = ActionWorkflow.TABLE.eventsFrom(a.state(), ActionEvent.class).contains(e);
            Outcome<PattoAction> out = a.on(e, "step");
            assertThat(out.isDone()).isEqualTo(allowed);
            if (allowed) {
                assertThat(out.orThrow().version()).isEqualTo(a.version() + 1);
                a = out.orThrow();
            }
        }
    }
}
