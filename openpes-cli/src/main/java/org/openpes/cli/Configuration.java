package org.openpes.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpes.api.ApiSettings;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.services.auth.OidcLogin;

/**
 * OpenPES's configuration, read once from the environment when a command starts and checked as a whole: every
 * setting the launcher reads is a field here, with its variable in {@link #VARIABLES} (the README's table lists the
 * same). A wrong value fails at once with OPES-API-005 naming the variable, before any work starts.
 *
 * @param home local state ({@code OPENPES_HOME}, default {@code ./.openpes})
 * @param database the embedded PostgreSQL in {@code home/pgdata}, or the server of {@code OPENPES_DB_URL}
 * @param api the HTTP server's interface and the disclosure threshold
 * @param secureCookies {@code OPENPES_SECURE_COOKIES=true} behind HTTPS
 * @param oidc sign-in through an OpenID provider, when {@code OPENPES_OIDC_ISSUER} is set
 * @param pseudonymKey the key of the CO pseudonyms ({@code OPENPES_PSEUDONYM_KEY}), when set
 * @param applicationStaleDays days after which a pending application with no change expires
 *     ({@code OPENPES_APPLICATION_STALE_DAYS}, default 60)
 */
record Configuration(Path home, DatabaseSettings database, ApiSettings api, boolean secureCookies,
        Optional<OidcLogin.Settings> oidc, Optional<String> pseudonymKey, int applicationStaleDays) {

    /** The variables read, in the order of the README's table. */
    static final List<String> VARIABLES = List.of("OPENPES_HOME", "OPENPES_DB_URL", "OPENPES_DB_USER",
            "OPENPES_DB_PASSWORD", "OPENPES_HTTP_HOST", "OPENPES_DISCLOSURE_K", "OPENPES_SECURE_COOKIES",
            "OPENPES_OIDC_ISSUER", "OPENPES_OIDC_CLIENT_ID", "OPENPES_OIDC_CLIENT_SECRET", "OPENPES_OIDC_REDIRECT_URI",
            "OPENPES_OIDC_USERNAME_CLAIM", "OPENPES_PSEUDONYM_KEY", "OPENPES_APPLICATION_STALE_DAYS");

    private static Configuration current;

    /** The configuration of this process, read from the environment the first time it is asked for. */
    static synchronized Configuration current() {
        if (current == null) {
            current = from(System.getenv());
        }
        return current;
    }

    static Configuration from(Map<String, String> env) {
        String h = env.get("OPENPES_HOME");
        Path home = (h == null || h.isBlank() ? Path.of(".openpes") : Path.of(h)).toAbsolutePath().normalize();
        String cookies = env.getOrDefault("OPENPES_SECURE_COOKIES", "false").strip().toLowerCase(java.util.Locale.ROOT);
        if (!cookies.equals("true") && !cookies.equals("false")) {
            throw new OpenPesException(ErrorCode.API_005, "OPENPES_SECURE_COOKIES", "true or false");
        }
        Optional<OidcLogin.Settings> oidc = Optional.empty();
        String issuer = env.get("OPENPES_OIDC_ISSUER");
        if (issuer != null && !issuer.isBlank()) {
            oidc = Optional.of(new OidcLogin.Settings(uri(env, "OPENPES_OIDC_ISSUER"),
                    required(env, "OPENPES_OIDC_CLIENT_ID"), required(env, "OPENPES_OIDC_CLIENT_SECRET"),
                    uri(env, "OPENPES_OIDC_REDIRECT_URI"),
                    env.getOrDefault("OPENPES_OIDC_USERNAME_CLAIM", "preferred_username")));
        }
        String key = env.get("OPENPES_PSEUDONYM_KEY");
        return new Configuration(home, DatabaseSettings.fromEnvironment(env, home.resolve("pgdata")),
                ApiSettings.fromEnvironment(env), cookies.equals("true"), oidc,
                key == null || key.isBlank() ? Optional.empty() : Optional.of(key), staleDays(env));
    }

    private static int staleDays(Map<String, String> env) {
        String v = env.getOrDefault("OPENPES_APPLICATION_STALE_DAYS", "60").strip();
        try {
            int days = Integer.parseInt(v);
            if (days >= 7 && days <= 730) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new OpenPesException(ErrorCode.API_005, "OPENPES_APPLICATION_STALE_DAYS", "a whole number of days from 7 "
                + "to 730");
    }

    private static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new OpenPesException(ErrorCode.API_005, name, "required with OPENPES_OIDC_ISSUER");
        }
        return v.strip();
    }

    private static URI uri(Map<String, String> env, String name) {
        try {
            URI u = URI.create(required(env, name));
            if (u.getScheme() == null || !u.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not http(s)");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new OpenPesException(ErrorCode.API_005, name, "an http(s) URL");
        }
    }
}
