package org.openpes.generator.calibration;

/**
 * The real flows of one quarter for one region (already multiplied by the scale): hires and terminations counted as
 * contracts (rapporti) and as distinct workers (lavoratori).
 */
public record QuarterTarget(int year, int quarter, long hires, long hireWorkers, long terminations,
        long terminationWorkers) {

    public String label() {
        return year + "-Q" + quarter;
    }
}
