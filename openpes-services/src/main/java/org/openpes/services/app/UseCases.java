package org.openpes.services.app;

import java.util.Optional;
import java.util.function.Function;
import org.openpes.operational.audit.AuditAction;
import org.openpes.operational.audit.AuditEntry;
import org.openpes.services.access.Caller;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/** What every application service does around its work: the permission, the transaction, the audit. */
abstract class UseCases<X extends Transactions.Audited> {
    final Transactions<X> store;

    UseCases(Transactions<X> store) {
        this.store = store;
    }

    /**
     * Runs {@code work} as {@code useCase} for {@code caller}: refused at once without the permission; otherwise in
     * one transaction with the caller as actor, rolled back when the work refuses.
     */
    <T> Outcome<T> run(Caller caller, UseCase useCase, Function<X, T> work) {
        Optional<Refusal> no = Access.permission(caller, useCase.permission());
        if (no.isPresent()) {
            return Outcome.refused(no.get());
        }
        try {
            return Outcome.done(store.inTransaction(caller.userId(), work));
        } catch (Refused r) {
            return Outcome.refused(r.refusal);
        }
    }

    static <T> T orRefuse(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Refused<T> r) {
            throw new Refused(r.refusal());
        }
        return ((Outcome.Done<T>) outcome).value();
    }

    static void refuseIf(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new Refused(r);
        });
    }

    static void audit(Transactions.Audited tx, Caller caller, AuditAction action, String subject, String purpose) {
        tx.audit(new AuditEntry(caller.userId(), action, subject, caller.origin(), purpose));
    }
}
