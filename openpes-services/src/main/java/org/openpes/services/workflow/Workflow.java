package org.openpes.services.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openpes.core.error.ErrorCode;

/**
 * A workflow as one transition table. {@link #fire} finds the row for (state, event): none means the event is not
 * allowed from that state (OPES-SRV-001); a row whose guard refuses gives the guard's refusal.
 *
 * @param <S> the states
 * @param <E> the events
 * @param <C> what the guards look at (the aggregate)
 */
public final class Workflow<S extends Enum<S>, E extends Enum<E>, C> {
    /** A guard: empty to let the transition happen, or why not. Its {@code toString()} says what it asks. */
    @FunctionalInterface
    public interface Guard<C> {
        Optional<Refusal> check(C context);

        /** No condition (written as nothing in the documentation's tables). */
        static <C> Guard<C> always() {
            return named("", c -> Optional.empty());
        }

        /** A guard with the words the documentation's tables show for it. */
        static <C> Guard<C> named(String description, Guard<C> guard) {
            return new Guard<>() {
                @Override
                public Optional<Refusal> check(C context) {
                    return guard.check(context);
                }

                @Override
                public String toString() {
                    return description;
                }
            };
        }
    }

    /** One row of the table. */
    public record Transition<S, E, C>(S from, E event, S to, Guard<C> guard) {
    }

    private final String name;
    private final Class<S> states;
    private final List<Transition<S, E, C>> table;

    public Workflow(String name, Class<S> states, List<Transition<S, E, C>> table) {
        this.name = name;
        this.states = states;
        this.table = List.copyOf(table);
        for (Transition<S, E, C> t : table) {
            if (table.stream().filter(u -> u.from() == t.from() && u.event() == t.event()).count() > 1) {
                throw new IllegalArgumentException(name + ": two rows for " + t.from() + " + " + t.event());
            }
        }
    }

    /** The next state, or why the event cannot happen now. */
    public Outcome<S> fire(S state, E event, C context) {
        for (Transition<S, E, C> t : table) {
            if (t.from() == state && t.event() == event) {
                Optional<Refusal> no = t.guard().check(context);
                return no.isPresent() ? Outcome.refused(no.get()) : Outcome.done(t.to());
            }
        }
        return Outcome.refused(new Refusal(ErrorCode.SRV_001, name, event.name(), state.name()));
    }

    /** The events that have a row from {@code state}. */
    public Set<E> eventsFrom(S state, Class<E> events) {
        Set<E> out = EnumSet.noneOf(events);
        table.stream().filter(t -> t.from() == state).forEach(t -> out.add(t.event()));
        return out;
    }

    /** States no row leaves. */
    public Set<S> finalStates() {
        Set<S> out = EnumSet.allOf(states);
        table.forEach(t -> out.remove(t.from()));
        return out;
    }

    public List<Transition<S, E, C>> table() {
        return table;
    }

    public String name() {
        return name;
    }

    /** The table in Markdown (from, event, to, condition): what docs/services.md shows, checked by a test. */
    public String markdown() {
        StringBuilder out = new StringBuilder("| from | event | to | condition |\n|---|---|---|---|\n");
        for (Transition<S, E, C> t : table) {
            out.append("| ").append(t.from()).append(" | ").append(t.event()).append(" | ").append(t.to())
                    .append(" | ").append(t.guard()).append(" |\n");
        }
        return out.toString();
    }
}
