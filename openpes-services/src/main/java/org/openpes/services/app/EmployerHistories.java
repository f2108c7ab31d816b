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

    /** The employer's quarters from {@code from} on, oldest first. */
    List<Quarter> quarters(String employerCode, LocalDate from);

    /** Contracts open at the end of {@code day}: the headcount CO shows. */
    int headcount(String employerCode, LocalDate day);

    /** Hires since {@code from} of each employer (employers without any are left out). */
    Map<String, Integer> hiresSince(Collection<String> employerCodes, LocalDate from);

    /** The last day the store has CO for. */
    LocalDate observedUntil();
}
