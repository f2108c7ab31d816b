package org.openpes.services.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Permission;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * A person's protected data (disability, health, judicial: the vulnerability flags of the Scheda Anagrafica
 * Professionale). Reading it needs the protected-data permission, or a "break the glass" grant: a caller who may read
 * the person asks for one with a reason of at least 10 characters, gets {@link #GRANT} of access, and the grant is
 * audited and listed for supervisors (as DHIS2 does for protected programmes).
 */
public final class ProtectedDataService extends UseCases<ServicesStore.Tx> {
    public static final Duration GRANT = Duration.ofHours(3);
    static final Set<String> KINDS = Set.of("DISABILITY", "HEALTH", "JUDICIAL");
    private final Access access;
    private final Clock clock;

    public ProtectedDataService(ServicesStore store, Places places, Clock clock) {
        super(store);
        this.access = new Access(places);
        this.clock = clock;
    }

    public Outcome<Map<String, String>> record(Caller caller, PersonId id, String kind, String note) {
        return run(caller, UseCase.RECORD_PROTECTED, tx -> {
            Person p = access.person(tx, caller, id, true);
            if (kind == null || !KINDS.contains(kind)) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "kind", "one of " + KINDS));
            }
            if (note == null || note.isBlank() || note.length() > 2000) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "note", "1 to 2000 characters"));
            }
            tx.recordProtected(p.id(), kind, note.strip(), caller.userId());
            audit(tx, caller, AuditAction.CREATE, "protected:" + kind + " person:" + id, "protected data recorded");
            return tx.protectedData(p.id());
        });
    }

    /** The protected data, for a caller with the permission or a live grant (OPES-SRV-018 otherwise). */
    public Outcome<Map<String, String>> read(Caller caller, PersonId id, String purpose) {
        return run(caller, UseCase.READ_PROTECTED, tx -> {
            Person p = access.person(tx, caller, id, false);
            boolean granted = caller.role().may(Permission.PROTECTED_READ)
                    || tx.glassBroken(caller.userId(), p.id(), clock.instant());
            if (!granted) {
                throw new Refused(new Refusal(ErrorCode.SRV_018));
            }
            audit(tx, caller, AuditAction.READ, "protected person:" + id, purpose);
            return tx.protectedData(p.id());
        });
    }

    /** Breaks the glass on one person's protected data, for {@link #GRANT}, with a reason. */
    public Outcome<String> breakGlass(Caller caller, PersonId id, String reason) {
        if (reason == null || reason.strip().length() < 10) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_004, "reason", "at least 10 characters, saying why"));
        }
        return run(caller, UseCase.BREAK_THE_GLASS, tx -> {
            Person p = access.person(tx, caller, id, false);
            java.time.Instant expires = clock.instant().plus(GRANT);
            tx.breakGlass(caller.userId(), p.id(), reason.strip(), expires);
            audit(tx, caller, AuditAction.BREAK_GLASS, "person:" + id, reason.strip());
            return expires.toString();
        });
    }

    /** The grants of the last week, for supervisors to review. */
    public Outcome<List<String[]>> recentGrants(Caller caller) {
        return run(caller, UseCase.LIST_BREAK_GLASS, tx -> {
            audit(tx, caller, AuditAction.READ, "break-glass grants", "review");
            return tx.recentGrants(7);
        });
    }
}
