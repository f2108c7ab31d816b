package org.openpes.services.pg;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.openpes.operational.audit.AuditEntry;
import org.openpes.operational.audit.AuditTrail;

/** Appends an audit record in the transaction of a JDBI handle. */
final class AuditOnHandle {
    private AuditOnHandle() {
    }

    static void append(Handle h, AuditEntry entry) {
        try {
            AuditTrail.append(h.getConnection(), entry);
        } catch (SQLException e) {
            throw new IllegalStateException("audit record not written: " + e.getMessage(), e);
        }
    }
}
