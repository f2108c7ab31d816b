package org.openpes.services.workflow;

import java.util.function.Function;

/** What a use case or a transition gives: a value, or the refusal that stopped it. */
public sealed interface Outcome<T> {
    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    /** The value; the refusal as an exception when there is none. */
    default T orThrow() {
        if (this instanceof Done<T> d) {
            return d.value();
        }
        throw ((Refused<T>) this).refusal().toException();
    }

    default <U> Outcome<U> then(Function<T, Outcome<U>> next) {
        if (this instanceof Done<T> d) {
            return next.apply(d.value());
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }
}
