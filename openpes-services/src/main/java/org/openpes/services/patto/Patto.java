package org.openpes.services.patto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * A patto: its person, state, content and version, and the revisions that led to it. Every change (a transition or
 * a revision of the content) gives a new version and keeps the previous one in {@link #revisions()}; a change needs a
 * reason, and is refused on a patto that is closed or lapsed.
 */
public record Patto(String id, PersonId person, PattoState state, PattoContent content, int version,
        List<Revision> revisions) {

    /** One version as it was, why it came, and who made it. */
    public record Revision(int version, PattoState state, PattoContent content, String reason, String actor,
            Instant at) {
    }

    public Patto {
        revisions = List.copyOf(revisions);
    }

    /** A new draft, version 1. */
    public static Patto draft(String id, PersonId person, PattoContent content, String actor, Instant at) {
        return new Patto(id, person, PattoState.DRAFT, content, 1,
                List.of(new Revision(1, PattoState.DRAFT, content, "drafted", actor, at)));
    }

    /** The patto after {@code event}, or why not. */
    public Outcome<Patto> on(PattoEvent event, String reason, String actor, Instant at) {
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_006, event.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return PattoWorkflow.TABLE.fire(state, event, this).then(next -> Outcome.done(next(next, content, reason,
                actor, at)));
    }

    /** The patto with new content (a draft, or an active patto revised with its person), or why not. */
    public Outcome<Patto> revise(PattoContent newContent, String reason, String actor, Instant at) {
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_006, "revise"));
        }
        if (state == PattoState.CLOSED || state == PattoState.LAPSED) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_001, "patto", "REVISE", state.name()));
        }
        if (state != PattoState.DRAFT && !newContent.missingElements().isEmpty()) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_002, String.join("; ", newContent.missingElements())));
        }
        return Outcome.done(next(state, newContent, reason, actor, at));
    }

    private Patto next(PattoState nextState, PattoContent nextContent, String reason, String actor, Instant at) {
        List<Revision> history = new ArrayList<>(revisions);
        history.add(new Revision(version + 1, nextState, nextContent, reason.strip(), actor, at));
        return new Patto(id, person, nextState, nextContent, version + 1, history);
    }
}
