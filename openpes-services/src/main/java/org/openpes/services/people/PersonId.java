package org.openpes.services.people;

import java.security.SecureRandom;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * A person's opaque id, the only identifier of a person that appears in URLs, logs and the audit trail: {@code P}
 * and 11 random characters of Crockford's base-32 (not derived from the fiscal code, not sequential).
 */
public record PersonId(String value) {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[PS][0-9A-Z]{8,11}");

    public PersonId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new OpenPesException(ErrorCode.SRV_004, "person id", "not a person id");
        }
    }

    public static PersonId random() {
        return new PersonId("P" + randomChars(11));
    }

    /** {@code n} random characters of Crockford's base 32: the body of every opaque id of the service. */
    public static String randomChars(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
