package org.openpes.services.auth;

import java.util.Locale;
import java.util.Optional;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.workflow.Refusal;

/** A password of at least 12 characters, at most 128, that does not contain the username (NIST SP 800-63B). */
final class PasswordPolicy {
    private PasswordPolicy() {
    }

    static Optional<Refusal> check(String username, String password) {
        if (password == null || password.length() < 12) {
            return Optional.of(new Refusal(ErrorCode.SRV_014, "at least 12 characters"));
        }
        if (password.length() > 128) {
            return Optional.of(new Refusal(ErrorCode.SRV_014, "at most 128 characters"));
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal(ErrorCode.SRV_014, "must not contain the username"));
        }
        return Optional.empty();
    }
}
