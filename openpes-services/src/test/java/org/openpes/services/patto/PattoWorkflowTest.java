package org.openpes.services.patto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Workflow.Transition;

/** The patto's workflow, from its table: every state × every event, then random lives of a patto. */
class PattoWorkflowTest {

    /** A patto in {@code state}, complete, reached through the table's own transitions. */
    private static Patto in(PattoState state) {
        Patto p = PattoFixture.signedFor("op-1");
        return switch (state) {
            case DRAFT -> PattoFixture.draftFor("op-1").revise(PattoFixture.complete("op-1"), "ready", "op-1",
                    PattoFixture.MONDAY).orThrow();
            case SIGNED -> p;
            case ACTIVE -> p.on(PattoEvent.ACTIVATE, "first action planned", "op-1", PattoFixture.MONDAY).orThrow();
            case SUSPENDED -> in(PattoState.ACTIVE).on(PattoEvent.SUSPEND, "illness", "op-1", PattoFixture.MONDAY)
                    .orThrow();
            case CLOSED -> p.on(PattoEvent.CLOSE, "hired", "op-1", PattoFixture.MONDAY).orThrow();
            case LAPSED -> in(PattoState.ACTIVE).on(PattoEvent.LAPSE, "no contact for 90 days", "op-1",
                    PattoFixture.MONDAY).orThrow();
        };
    }

    @Test
    void everyStateAndEventDoesWhatTheTableSaysAndNothingElse() {
        int allowed = 0;
        for (PattoState state : PattoState.values()) {
            Patto patto = in(state);
            assertThat(patto.state()).isEqualTo(state);
            for (PattoEvent event : PattoEvent.values()) {
                Optional<Transition<PattoState, PattoEvent, Patto>> row = PattoWorkflow.TABLE.table().stream()
                        .filter(t -> t.from() == state && t.event() == event).findFirst();
                Outcome<Patto> out = patto.on(event, "because", "op-2", PattoFixture.MONDAY);
                if (row.isPresent()) {
                    allowed++;
                    assertThat(out.isDone()).as("%s + %s", state, event).isTrue();
                    Patto next = out.orThrow();
                    assertThat(next.state()).isEqualTo(row.get().to());
                    assertThat(next.version()).isEqualTo(patto.version() + 1);
                    assertThat(next.revisions()).hasSize(patto.revisions().size() + 1);
                    assertThat(next.revisions().get(next.revisions().size() - 1).actor()).isEqualTo("op-2");
                } else {
                    assertThat(out).as("%s + %s", state, event).isInstanceOf(Outcome.Refused.class);
                    assertThat(((Outcome.Refused<Patto>) out).refusal().code().code()).isEqualTo("OPES-SRV-001");
                }
            }
        }
        assertThat(allowed).isEqualTo(PattoWorkflow.TABLE.table().size());
        assertThat(PattoWorkflow.TABLE.finalStates()).containsExactlyInAnyOrder(PattoState.CLOSED,
                PattoState.LAPSED);
    }

    @Test
    void aDraftIsNotSignedUntilItHoldsEveryElementOfArticle20() {
        Outcome<Patto> out = PattoFixture.draftFor("op-1").on(PattoEvent.SIGN, "signed", "op-1",
                PattoFixture.MONDAY);
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        String message = ((Outcome.Refused<Patto>) out).refusal().message();
        assertThat(message).startsWith("OPES-SRV-002: the patto cannot be signed: it lacks ")
                .contains("employability profile").contains("job-search acts").contains("frequency of contacts")
                .contains("proven").contains("availabilities").doesNotContain("case manager");
        PattoContent noDeadline = new PattoContent("op-1", 2, GolPath.REINSERIMENTO,
                java.util.List.of(new PattoContent.JobSearchAct("apply", null)), 30, "proof", true, true, true);
        assertThat(noDeadline.missingElements()).containsExactly("job-search acts, each with a deadline (c.2 c)");
    }

    @Test
    void everyChangeNeedsAReasonAndKeepsThePreviousVersion() {
        Patto signed = PattoFixture.signedFor("op-1");
        assertThat(signed.on(PattoEvent.ACTIVATE, " ", "op-1", PattoFixture.MONDAY))
                .isInstanceOf(Outcome.Refused.class);
        assertThat(signed.revisions()).extracting(Patto.Revision::state)
                .containsExactly(PattoState.DRAFT, PattoState.DRAFT, PattoState.SIGNED);
        assertThat(signed.revisions().get(0).content().missingElements()).isNotEmpty(); // the first draft, kept
        Patto revised = signed.on(PattoEvent.ACTIVATE, "started", "op-1", PattoFixture.MONDAY)
                .then(p -> p.revise(PattoFixture.complete("op-9"), "case manager changed", "sup-1",
                        PattoFixture.MONDAY)).orThrow();
        assertThat(revised.content().caseManager()).isEqualTo("op-9");
        assertThat(revised.revisions().get(3).content().caseManager()).isEqualTo("op-1");
        assertThat(revised.revise(PattoContent.draftFor("op-9"), "emptied", "op-9", PattoFixture.MONDAY))
                .as("an active patto cannot lose its art. 20 elements").isInstanceOf(Outcome.Refused.class);
    }

    @Provide
    Arbitrary<java.util.List<PattoEvent>> lives() {
        return Arbitraries.of(PattoEvent.class).list().ofMaxSize(30);
    }

    @Property(tries = 500)
    void aRandomLifeOnlyEverMovesAlongTheTable(@ForAll("lives") java.util.List<PattoEvent> events) {
        Patto p = in(PattoState.DRAFT);
        for (PattoEvent e : events) {
            PattoState before = p.state();
            Outcome<Patto> out = p.on(e, "step", "op-1", PattoFixture.MONDAY);
            boolean inTable = PattoWorkflow.TABLE.eventsFrom(before, PattoEvent.class).contains(e);
            assertThat(out.isDone()).isEqualTo(inTable);
            if (out.isDone()) {
                p = out.orThrow();
            }
            assertThat(p.version()).isEqualTo(p.revisions().size());
            assertThat(p.revisions().get(p.revisions().size() - 1).state()).isEqualTo(p.state());
        }
        if (PattoWorkflow.TABLE.finalStates().contains(p.state())) {
            for (PattoEvent e : PattoEvent.values()) {
                assertThat(p.on(e, "after the end", "op-1", PattoFixture.MONDAY).isDone()).isFalse();
            }
        }
    }
}
