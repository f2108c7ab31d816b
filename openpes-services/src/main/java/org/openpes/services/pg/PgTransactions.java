package org.openpes.services.pg;

import java.sql.SQLException;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** One use case's transaction on PostgreSQL, with its actor set for the database's audit rule (V2). */
final class PgTransactions {
    /** The most connections a pool can hand out dead after a restart, each then evicted by the pool. */
    private static final int ATTEMPTS = 32;

    private PgTransactions() {
    }

    /**
     * Runs the work in one transaction. When the pool hands out a connection that turns out to be dead at the
     * transaction's first statement (the server restarted or cut it: SQL state class 08 or 57P), nothing has been
     * done yet: the pool evicts that connection and the transaction starts again on another, until a live one
     * answers. A connection lost later is not retried (the commit may have happened): the client repeats the
     * request with its Idempotency-Key.
     */
    static <T> T run(Jdbi jdbi, String actor, Function<Handle, T> work) {
        for (int i = 1;; i++) {
            boolean[] started = {false};
            try {
                return jdbi.inTransaction(h -> {
                    h.execute("select set_config('openpes.actor', ?, true)", actor);
                    started[0] = true;
                    return work.apply(h);
                });
            } catch (org.jdbi.v3.core.JdbiException e) {
                if (started[0] || !connectionLost(e) || i == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
