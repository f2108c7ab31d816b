package org.openpes.services.pg;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.openpes.operational.audit.AuditEntry;
import org.openpes.operational.audit.AuditTrail;

/** Appends an audit record in the transaction of a JDBI handle. */
final class AuditOnHandle {
    private AuditOnHandle() {
    }

    /**
     * Appends in a use case's transaction, whose actor {@link PgTransactions} has set; {@code relaxedCommit} for one
     * that has only read so far (see {@link AuditTrail#appendInActorTransaction}).
     */
    static void appendToUseCase(Handle h, AuditEntry entry, boolean relaxedCommit) {
        try {
            AuditTrail.appendInActorTransaction(h.getConnection(), entry, relaxedCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("audit record not written: " + e.getMessage(), e);
        }
    }

    /** Appends in a transaction of its own making, naming the entry's actor for it first. */
    static void append(Handle h, AuditEntry entry) {
        try {
            AuditTrail.append(h.getConnection(), entry);
        } catch (SQLException e) {
            throw new IllegalStateException("audit record not written: " + e.getMessage(), e);
        }
    }
}
