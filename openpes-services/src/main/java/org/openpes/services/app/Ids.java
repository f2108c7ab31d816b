package org.openpes.services.app;

import java.security.SecureRandom;

/** Opaque random ids of records (a letter and 11 characters of Crockford's base 32): not guessable, not sequential. */
final class Ids {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static String next(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (int i = 0; i < 11; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
