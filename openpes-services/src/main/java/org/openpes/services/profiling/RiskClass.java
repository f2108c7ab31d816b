package org.openpes.services.profiling;

/**
 * The three classes of the profile, by the probability of being employed within 12 months: LOW risk above the upper
 * tercile of the region's registered people, HIGH below the lower tercile, MEDIUM between.
 */
public enum RiskClass {
    LOW, MEDIUM, HIGH
}
