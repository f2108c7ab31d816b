package org.openpes.services.auth;

import java.time.Instant;
import java.util.Optional;

/** Where accounts, sessions and login attempts are kept. */
public interface AccountStore {
    /** The account and its password hash. */
    record Stored(Account account, String passwordHash) {
    }

    /** A live session: its account and CSRF token. */
    record LiveSession(Account account, String csrfToken, Instant expires) {
    }

    Optional<Stored> byUsername(String username);

    void insert(Account account, String passwordHash, String actor);

    void setPassword(String userId, String passwordHash, boolean mustChange, String actor);

    void recordAttempt(String username, String origin, boolean ok);

    int failuresSince(String username, String origin, Instant since);

    void insertSession(byte[] tokenHash, String userId, String csrfToken, Instant expires);

    Optional<LiveSession> session(byte[] tokenHash, Instant now);

    void deleteSession(byte[] tokenHash);

    void deleteSessionsOf(String userId);
}
