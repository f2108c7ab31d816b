package org.openpes.services.pg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.openpes.operational.audit.AuditAction;
import org.openpes.operational.audit.AuditEntry;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.auth.Account;
import org.openpes.services.auth.AccountStore;

/** Accounts, sessions and login attempts in PostgreSQL (migration V3); account changes and logins are audited. */
public final class PgAccountStore implements AccountStore {
    private static final String ACCOUNT = "select user_id, username, role, capture_scope, search_scope, active, "
            + "must_change_password, password_hash from app_user ";
    private final Jdbi jdbi;

    public PgAccountStore(DataSource pool) {
        this.jdbi = Jdbi.create(pool);
    }

    @Override
    public Optional<Stored> byUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery(ACCOUNT + "where username = :u").bind("u", username)
                .map((rs, ctx) -> new Stored(account(rs), rs.getString(8))).findOne());
    }

    @Override
    public void insert(Account a, String passwordHash, String actor) {
        jdbi.useTransaction(h -> {
            h.createUpdate("insert into app_user (user_id, username, password_hash, role, capture_scope, "
                    + "search_scope, active, must_change_password) values (:id, :u, :hash, :role, :capture, "
                    + ":search, :active, :must)")
                    .bind("id", a.userId()).bind("u", a.username()).bind("hash", passwordHash)
                    .bind("role", a.role().name()).bind("capture", a.capture().toString())
                    .bind("search", a.search().toString()).bind("active", a.active())
                    .bind("must", a.mustChangePassword()).execute();
            AuditOnHandle.append(h, new AuditEntry(actor, AuditAction.CREATE, "account:" + a.userId(),
                    "", "account created with role " + a.role()));
        });
    }

    @Override
    public void setPassword(String userId, String passwordHash, boolean mustChange, String actor) {
        jdbi.useTransaction(h -> {
            h.createUpdate("update app_user set password_hash = :hash, must_change_password = :must "
                    + "where user_id = :id").bind("hash", passwordHash).bind("must", mustChange).bind("id", userId)
                    .execute();
            AuditOnHandle.append(h, new AuditEntry(actor, AuditAction.UPDATE, "account:" + userId, "",
                    mustChange ? "password reset by an administrator" : "password changed"));
        });
    }

    @Override
    public void recordAttempt(String username, String origin, boolean ok) {
        // A username typed wrong may be anything, a fiscal code among them: the audit keeps none of it.
        String named = ok ? username : "(not recorded)";
        jdbi.useTransaction(h -> {
            h.createUpdate("insert into login_attempt (username, origin, ok) values (:u, :o, :ok)")
                    .bind("u", username).bind("o", origin).bind("ok", ok).execute();
            AuditOnHandle.append(h, new AuditEntry(ok ? "account:" + named : "anonymous",
                    AuditAction.LOGIN, "account:" + named, origin, ok ? "login" : "failed login"));
        });
    }

    @Override
    public int failuresSince(String username, String origin, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from login_attempt where username = :u and "
                + "origin = :o and not ok and at >= :since and at > coalesce((select max(at) from login_attempt "
                + "where username = :u and origin = :o and ok), '-infinity')")
                .bind("u", username).bind("o", origin).bind("since", Timestamp.from(since)).mapTo(Integer.class)
                .one());
    }

    @Override
    public void insertSession(byte[] tokenHash, String userId, String csrfToken, Instant expires) {
        jdbi.useHandle(h -> h.createUpdate("insert into user_session (token_hash, user_id, csrf_token, expires_at) "
                + "values (:t, :u, :c, :e)").bind("t", tokenHash).bind("u", userId).bind("c", csrfToken)
                .bind("e", Timestamp.from(expires)).execute());
    }

    @Override
    public Optional<LiveSession> session(byte[] tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("select u.user_id, u.username, u.role, u.capture_scope, "
                + "u.search_scope, u.active, u.must_change_password, s.csrf_token, s.expires_at from user_session s "
                + "join app_user u using (user_id) where s.token_hash = :t and s.expires_at > :now and u.active")
                .bind("t", tokenHash).bind("now", Timestamp.from(now))
                .map((rs, ctx) -> new LiveSession(account(rs), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .findOne());
    }

    @Override
    public void deleteSession(byte[] tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("delete from user_session where token_hash = :t").bind("t", tokenHash)
                .execute());
    }

    @Override
    public void deleteSessionsOf(String userId) {
        jdbi.useHandle(h -> h.createUpdate("delete from user_session where user_id = :u").bind("u", userId)
                .execute());
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                Scope.parse(rs.getString(4)), Scope.parse(rs.getString(5)), rs.getBoolean(6), rs.getBoolean(7));
    }
}
