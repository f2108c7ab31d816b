package org.openpes.generator.output;

/** Broken records that {@code --defects RATE} injects next to good ones, so that ingestion can be tested. */
public enum Defect {
    /** An exact copy of the row just written (same communication id): must be dropped and counted. */
    DUPLICATE,
    /** The row cut short mid-way: too few fields. */
    TRUNCATED,
    /** A contract type that does not exist (Z.99.99). */
    UNKNOWN_CONTRACT_TYPE,
    /** A worker fiscal code with a wrong check character. */
    BAD_FISCAL_CODE,
    /** An event date that is not a date (the 30th of February). */
    IMPOSSIBLE_DATE,
    /** A planned end date before the start date. */
    END_BEFORE_START
}
