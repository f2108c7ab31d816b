package org.openpes.services.pg;

import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Idempotency keys of changing requests ({@code idempotency_key}, migration V3): a client that repeats a request with
 * the same key gets the first answer again, and nothing is created twice. A key is reserved before the request runs
 * and completed with its answer after; a refused request releases it, so that it can be tried again.
 */
public final class PgIdempotency {
    private static final String RUNNING = "";

    private final Jdbi jdbi;

    public PgIdempotency(DataSource pool) {
        this.jdbi = Jdbi.create(pool);
    }

    /** What a key holds when it is asked for again. */
    public record Seen(String requestHash, String response) {
        /** True while the first request with this key has not answered (or died before it could). */
        public boolean running() {
            return RUNNING.equals(response);
        }
    }

    /** Reserves {@code key} for this user and request; empty when reserved now, else what it already holds. */
    public Optional<Seen> reserve(String userId, String key, String requestHash) {
        return jdbi.inTransaction(h -> {
            int inserted = h.createUpdate("insert into idempotency_key (user_id, key, request, response) values "
                    + "(:u, :k, :r, :running) on conflict do nothing").bind("u", userId).bind("k", key)
                    .bind("r", requestHash).bind("running", RUNNING).execute();
            if (inserted == 1) {
                return Optional.empty();
            }
            return h.createQuery("select request, response from idempotency_key where user_id = :u and key = :k")
                    .bind("u", userId).bind("k", key).map((rs, ctx) -> new Seen(rs.getString(1), rs.getString(2)))
                    .findOne();
        });
    }

    public void complete(String userId, String key, String response) {
        jdbi.useHandle(h -> h.createUpdate("update idempotency_key set response = :r where user_id = :u and key = :k")
                .bind("r", response).bind("u", userId).bind("k", key).execute());
    }

    public void release(String userId, String key) {
        jdbi.useHandle(h -> h.createUpdate("delete from idempotency_key where user_id = :u and key = :k")
                .bind("u", userId).bind("k", key).execute());
    }
}
