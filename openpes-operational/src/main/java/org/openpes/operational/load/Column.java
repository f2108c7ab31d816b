package org.openpes.operational.load;

import java.util.function.Function;

/**
 * One column of a load file: its name, whether it may be empty, and a check that returns an error text or null.
 * {@code personal} columns never appear in error messages with their value.
 */
record Column(String name, boolean required, boolean personal, Function<String, String> check) {

    static Column required(String name, Function<String, String> check) {
        return new Column(name, true, false, check);
    }

    static Column optional(String name, Function<String, String> check) {
        return new Column(name, false, false, check);
    }

    static Column personal(String name, Function<String, String> check) {
        return new Column(name, true, true, check);
    }
}
