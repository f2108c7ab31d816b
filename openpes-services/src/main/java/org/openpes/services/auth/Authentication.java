package org.openpes.services.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Permission;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * Logging in and out with a local account, sessions, and the accounts' administration. After
 * {@link #MAX_FAILURES} failed logins for one account from one address within {@link #THROTTLE_WINDOW}, logins for
 * it from there are refused until the window has passed (OPES-SRV-012), whether or not the password is right.
 */
public final class Authentication {
    public static final int MAX_FAILURES = 5;
    public static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    public static final Duration SESSION_LENGTH = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the account does not exist, so that a login takes as long either way. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no such account: a dummy password");

    private final AccountStore accounts;
    private final Clock clock;

    public Authentication(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An opened session: the token for the cookie (never stored as such) and the CSRF token for the pages. */
    public record Session(String token, String csrfToken, Account account) {
    }

    public Outcome<Session> login(String username, String password, String origin) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        if (accounts.failuresSince(name, origin, now.minus(THROTTLE_WINDOW)) >= MAX_FAILURES) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_012, THROTTLE_WINDOW.toMinutes()));
        }
        Optional<AccountStore.Stored> stored = accounts.byUsername(name);
        boolean ok = PasswordHasher.matches(password == null ? "" : password,
                stored.map(AccountStore.Stored::passwordHash).orElse(DUMMY_HASH))
                && stored.isPresent() && stored.get().account().active();
        accounts.recordAttempt(name, origin, ok);
        if (!ok) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_011));
        }
        return Outcome.done(open(stored.get().account()));
    }

    /**
     * Opens a session for an account whose holder an identity provider has vouched for ({@link OidcLogin}): the
     * account must exist and be active; its role and scopes are OpenPES's.
     */
    public Outcome<Session> loginVouchedFor(String username, String origin) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<AccountStore.Stored> stored = accounts.byUsername(name);
        boolean ok = stored.isPresent() && stored.get().account().active();
        accounts.recordAttempt(name, origin, ok);
        if (!ok) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_016, "no active OpenPES account for this identity"));
        }
        return Outcome.done(open(stored.get().account()));
    }

    private Session open(Account account) {
        String token = randomToken();
        String csrf = randomToken();
        accounts.insertSession(sha256(token), account.userId(), csrf, clock.instant().plus(SESSION_LENGTH));
        return new Session(token, csrf, account);
    }

    /** The live session of a cookie's token, if any. */
    public Optional<AccountStore.LiveSession> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.session(sha256(token), clock.instant());
    }

    public void logout(String token) {
        if (token != null && !token.isBlank()) {
            accounts.deleteSession(sha256(token));
        }
    }

    /** A user changes their own password, giving the current one; their other sessions end. */
    public Outcome<Account> changePassword(Account account, String current, String next) {
        AccountStore.Stored stored = accounts.byUsername(account.username()).orElseThrow();
        if (!PasswordHasher.matches(current == null ? "" : current, stored.passwordHash())) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_011));
        }
        Optional<Refusal> weak = PasswordPolicy.check(account.username(), next);
        if (weak.isPresent()) {
            return Outcome.refused(weak.get());
        }
        accounts.setPassword(account.userId(), PasswordHasher.hash(next), false, account.userId());
        accounts.deleteSessionsOf(account.userId());
        return Outcome.done(account);
    }

    /** An administrator looks an account up by its username (OPES-SRV-009 when there is none). */
    public Outcome<Account> account(Caller admin, String username) {
        if (!admin.role().may(Permission.USER_ADMIN)) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_007, admin.role().name(),
                    Permission.USER_ADMIN.description()));
        }
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return accounts.byUsername(name).map(s -> Outcome.done(s.account()))
                .orElseGet(() -> Outcome.refused(new Refusal(ErrorCode.SRV_009, "account", name)));
    }

    /** An administrator creates an account with a first password that must be changed at the first login. */
    public Outcome<Account> createUser(Caller admin, String username, Role role, Scope capture, Scope search,
            String firstPassword) {
        if (!admin.role().may(Permission.USER_ADMIN)) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_007, admin.role().name(),
                    Permission.USER_ADMIN.description()));
        }
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,64}")) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_004, "username", "3 to 64 of a-z 0-9 . _ -"));
        }
        if (accounts.byUsername(name).isPresent()) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_004, "username", "already taken"));
        }
        Optional<Refusal> weak = PasswordPolicy.check(name, firstPassword);
        if (weak.isPresent()) {
            return Outcome.refused(weak.get());
        }
        Account a = new Account("U" + randomToken().substring(0, 11).toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^A-Z0-9]", "X"), name, role, capture, search, true, true);
        accounts.insert(a, PasswordHasher.hash(firstPassword), admin.userId());
        return Outcome.done(a);
    }

    /** An administrator sets a new first password (to be changed at the next login) and ends the user's sessions. */
    public Outcome<Account> resetPassword(Caller admin, String username, String temporaryPassword) {
        if (!admin.role().may(Permission.USER_ADMIN)) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_007, admin.role().name(),
                    Permission.USER_ADMIN.description()));
        }
        Optional<AccountStore.Stored> stored = accounts.byUsername(username == null ? "" : username.strip());
        if (stored.isEmpty()) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_009, "account", username));
        }
        Optional<Refusal> weak = PasswordPolicy.check(username, temporaryPassword);
        if (weak.isPresent()) {
            return Outcome.refused(weak.get());
        }
        accounts.setPassword(stored.get().account().userId(), PasswordHasher.hash(temporaryPassword), true,
                admin.userId());
        accounts.deleteSessionsOf(stored.get().account().userId());
        return Outcome.done(stored.get().account());
    }

    static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
