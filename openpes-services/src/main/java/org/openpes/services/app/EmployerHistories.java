package org.openpes.services.app;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** An employer's CO history as the observatory's store holds it (corrections and annulments applied). */
public interface EmployerHistories {
    /** One quarter of an employer's CO: hires, terminations, and hires by contract group. */
    record Quarter(String quarter, int hires, int terminations, Map<String, Integer> hiresByContract) {
    }

    /** An employer's quarters, oldest first, and its headcount: the contracts open at the end of a day. */
    record History(List<Quarter> quarters, int headcount) {
    }

    /** The employer's quarters from {@code from} on and its headcount at the end of {@code day}, in one read. */
    History of(String employerCode, LocalDate from, LocalDate day);

    /** Hires since {@code from} of each employer (employers without any are left out). */
    Map<String, Integer> hiresSince(Collection<String> employerCodes, LocalDate from);

    /** A CO hire to look for: the person, the employer, the window of its start day. */
    record Expected(String key, org.openpes.core.identity.FiscalCode person, String employerCode, LocalDate from,
            LocalDate to) {
    }

    /** The start day of the first CO hire found in each expected window, by the expectation's key. */
    Map<String, LocalDate> hiresFound(Collection<Expected> expected);

    /** The last day the store has CO for. */
    LocalDate observedUntil();
}
