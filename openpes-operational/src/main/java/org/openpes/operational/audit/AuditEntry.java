package org.openpes.operational.audit;

import java.util.Objects;

/**
 * One thing done to personal data.
 *
 * @param actor who (a user id, or {@code cli:COMMAND} for a command run by the machine's operator); never empty
 * @param action what
 * @param subject whose record, by opaque ids only ({@code job_seeker:S00000001}), never a fiscal code or a name
 * @param origin from where (the client's address, or {@code cli})
 * @param purpose why (the use case, or the reason given for a break-the-glass access)
 */
public record AuditEntry(String actor, AuditAction action, String subject, String origin, String purpose) {
    public AuditEntry {
        Objects.requireNonNull(action, "action");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor");
        }
        subject = Objects.requireNonNullElse(subject, "");
        origin = Objects.requireNonNullElse(origin, "");
        purpose = Objects.requireNonNullElse(purpose, "");
    }
}
