package org.openpes.generator.labour;

/** Hooks for what follows from the labour market: job seekers registering, vacancies filled. */
public interface LabourMarketListener {
    /** A worker's position ended on {@code day}; {@code cp2011} is the occupation they held. */
    void terminated(int worker, int day, String cp2011);

    /** A worker was hired on {@code day} by {@code employer} as {@code cp2011} with contract {@code contractType}. */
    void hired(int worker, int employer, int day, String cp2011, String contractType, String workingTime);
}
