/**
 * Local accounts, the embedded default of authentication: Argon2id password hashes (Bouncy Castle), sessions found by
 * the hash of an opaque token, a CSRF token per session, login throttling, password change and reset by an
 * administrator.
 */
package org.openpes.services.auth;
