package org.openpes.services.app;

import java.util.function.Function;
import org.openpes.operational.audit.AuditEntry;

/**
 * A store the application services work in, one transaction per use case with the caller as the database's actor.
 *
 * @param <X> what a use case may read and write inside its transaction
 */
public interface Transactions<X extends Transactions.Audited> {
    /** Runs {@code work} in one transaction whose database actor is {@code actor}; commits unless it throws. */
    <T> T inTransaction(String actor, Function<X, T> work);

    /** A transaction that keeps the audit trail: its records commit with the work they describe. */
    interface Audited {
        void audit(AuditEntry entry);
    }
}
