package org.openpes.services.vacancies;

import java.time.LocalDate;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * A person's application to a vacancy: how it came (the matcher's shortlist, an operator, the person), its state, the
 * refusal reason when refused, the free note of the last change, the day it was made (a placement is a CO hire soon
 * after it) and the day of its last change (stale ones expire; an acceptance is confirmed by a CO hire near it).
 *
 * @param version optimistic-locking version
 */
public record Application(String id, String vacancyId, PersonId person, Source source, ApplicationState state,
        RefusalReason refusal, String note, LocalDate createdOn, LocalDate changedOn, int version) {
    /** Who put the person on the vacancy. */
    public enum Source { MATCHER, OPERATOR, PERSON }

    /** A new application, dated {@code today}. */
    public static Application received(String id, String vacancyId, PersonId person, Source source, String note,
            LocalDate today) {
        return new Application(id, vacancyId, person, source, ApplicationState.NEW, null, note, today, today,
                0);
    }

    /**
     * The application after {@code event} on {@code today}, with the change's note; a refusal needs its reason from
     * the list (OPES-SRV-022), any other event none.
     */
    public Outcome<Application> on(ApplicationEvent event, RefusalReason reason, String note, LocalDate today) {
        if (event == ApplicationEvent.REFUSE && reason == null) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_022, "nothing", java.util.Arrays.toString(
                    RefusalReason.values())));
        }
        return ApplicationWorkflow.TABLE.fire(state, event, this).then(to -> Outcome.done(new Application(id,
                vacancyId, person, source, to, event == ApplicationEvent.REFUSE ? reason : null, note, createdOn, today,
                version + 1)));
    }

    /** A pending application unchanged for more than {@code days} days on {@code today}. */
    public boolean stale(LocalDate today, int days) {
        return state.pending() && changedOn.plusDays(days).isBefore(today);
    }

    /** The refusal reason named by {@code text}, or OPES-SRV-022 naming the list. */
    public static Outcome<RefusalReason> reason(String text) {
        try {
            return Outcome.done(RefusalReason.valueOf(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_022, "'" + text + "'",
                    java.util.Arrays.toString(RefusalReason.values())));
        }
    }
}
