package org.openpes.services.app;

import java.time.LocalDate;
import java.util.List;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.meetings.Meeting;
import org.openpes.services.meetings.MeetingForm;
import org.openpes.services.workflow.Refusal;

/**
 * What the crisis unit's round tables and the partner meetings share, once their service has checked the caller may
 * work on the subject: recording a meeting, and marking one of its follow-ups done. Both are audited.
 */
public final class Meetings {
    private Meetings() {
    }

    /** The meetings on a subject, and the service's day (what says which follow-ups are overdue). */
    public record Dated(List<Meeting> meetings, LocalDate today) {
    }

    static Meeting record(Transactions.Audited tx, MeetingRecords records, Caller caller, String subject,
            MeetingForm form, LocalDate today) {
        Meeting m = UseCases.orRefuse(form.check(subject, today, () -> Ids.next("M")));
        records.insert(m, caller.userId());
        UseCases.audit(tx, caller, AuditAction.CREATE, "meeting:" + m.id() + " " + subject + " follow-ups:"
                + m.followUps().size(), "meeting recorded");
        return m;
    }

    /** Marks a follow-up of a meeting on {@code subject} done; returns the subject's meetings as they now stand. */
    static Dated complete(Transactions.Audited tx, MeetingRecords records, Caller caller, String subject,
            String followUpId, LocalDate today) {
        var f = records.followUp(followUpId == null ? "" : followUpId).filter(x -> x.subject().equals(subject))
                .orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009, "follow-up", followUpId)));
        if (!records.complete(f.followUp().id(), today, caller.userId())) {
            throw new Refused(new Refusal(ErrorCode.SRV_021, "follow-up " + followUpId, "is done already"));
        }
        UseCases.audit(tx, caller, AuditAction.UPDATE, "follow-up:" + followUpId + " " + subject, "follow-up done");
        return new Dated(records.of(subject), today);
    }
}
