package org.openpes.services.auth;

import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;

/** A user account (never with its password hash). */
public record Account(String userId, String username, Role role, Scope capture, Scope search, boolean active,
        boolean mustChangePassword) {

    /** This account as the caller of a use case, from {@code origin}. */
    public Caller asCaller(String origin) {
        return new Caller(userId, role, capture, search, origin);
    }
}
