package org.openpes.generator.labour;

/**
 * What was generated in one quarter, counted from the generated events themselves: the ground truth the observatory
 * must reproduce. Terminations include fixed-term contracts that ended at their planned end without a termination
 * communication ({@code silentTerminations}).
 */
public record QuarterCounts(String quarter, long hires, long hireWorkers, long terminations,
        long terminationWorkers, long silentTerminations, long extensions, long transformations, long stockEnd,
        long corrections, long annulments) {
}
