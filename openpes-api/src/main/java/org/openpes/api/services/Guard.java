package org.openpes.api.services;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.services.auth.AccountStore;
import org.openpes.services.auth.Authentication;

/**
 * What every protected route checks before it runs: a live session (401 OPES-SRV-010), the session's CSRF token on
 * every request that changes something (403 OPES-SRV-013), a first password already changed, and the role's
 * permission for the route's use case (403 OPES-SRV-007, checked again by the use case itself).
 */
final class Guard {
    static final String COOKIE = "openpes_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private final Authentication auth;
    private final boolean secureCookies;

    Guard(Authentication auth, boolean secureCookies) {
        this.auth = auth;
        this.secureCookies = secureCookies;
    }

    /** The caller's session; 401 without one. */
    AccountStore.LiveSession session(Context ctx) {
        return auth.session(ctx.cookie(COOKIE)).orElseThrow(() -> new OpenPesException(ErrorCode.SRV_010));
    }

    void check(Context ctx, ServiceRoutes.Route route, AccountStore.LiveSession s) {
        if (ctx.method() != HandlerType.GET && !s.csrfToken().equals(ctx.header(CSRF_HEADER))) {
            throw new OpenPesException(ErrorCode.SRV_013);
        }
        if (s.account().mustChangePassword() && !route.allowedBeforePasswordChange()) {
            throw new OpenPesException(ErrorCode.SRV_014, "the first password must be changed before anything else");
        }
        if (route.useCase() != null && !s.account().role().may(route.useCase().permission())) {
            throw new OpenPesException(ErrorCode.SRV_007, s.account().role().name(),
                    route.useCase().permission().description());
        }
    }

    void setSessionCookie(Context ctx, String token) {
        Cookie c = new Cookie(COOKIE, token);
        c.setHttpOnly(true);
        c.setSecure(secureCookies);
        c.setSameSite(SameSite.STRICT);
        c.setPath("/");
        c.setMaxAge((int) Authentication.SESSION_LENGTH.toSeconds());
        ctx.cookie(c);
    }

    void clearSessionCookie(Context ctx) {
        Cookie c = new Cookie(COOKIE, "");
        c.setHttpOnly(true);
        c.setSecure(secureCookies);
        c.setSameSite(SameSite.STRICT);
        c.setPath("/");
        c.setMaxAge(0);
        ctx.cookie(c);
    }
}
