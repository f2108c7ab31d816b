package org.openpes.observatory.forecast;

/**
 * One quarterly series: a region's hires ({@code avviamenti}) or terminations ({@code cessazioni}), counted as
 * contracts ({@code rapporti}) or workers ({@code lavoratori}), from quarter {@code first} (year × 4 + quarter − 1).
 */
public record Series(String region, String flow, String unit, int first, double[] values) {
    public int last() {
        return first + values.length - 1;
    }

    public double at(int quarter) {
        return values[quarter - first];
    }

    /** A quarter written as the CLI prints it: {@code 2025-Q1}. */
    public static String quarter(int index) {
        return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
    }

    /** True for the quarters that COVID-19 disrupted (2020-Q1 to 2021-Q2), which the intervals leave out. */
    public static boolean covid(int index) {
        return index >= 2020 * 4 && index <= 2021 * 4 + 1;
    }
}
