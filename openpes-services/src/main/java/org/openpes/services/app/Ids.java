package org.openpes.services.app;

import org.openpes.services.people.PersonId;

/** Opaque random ids of records (a letter and 11 characters of Crockford's base 32): not guessable, not sequential. */
final class Ids {
    private Ids() {
    }

    static String next(String prefix) {
        return prefix + PersonId.randomChars(11);
    }
}
