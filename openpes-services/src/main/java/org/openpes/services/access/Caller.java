package org.openpes.services.access;

import java.util.Objects;

/**
 * Who runs a use case.
 *
 * @param userId the account's opaque id (the audit trail's actor)
 * @param role the role
 * @param capture where the caller registers and edits (a CPI for an operator)
 * @param search where the caller may look people up (wider: the province or the region)
 * @param origin where the request came from (the client's address, or {@code cli})
 */
public record Caller(String userId, Role role, Scope capture, Scope search, String origin) {
    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(search, "search");
        origin = Objects.requireNonNullElse(origin, "");
    }
}
