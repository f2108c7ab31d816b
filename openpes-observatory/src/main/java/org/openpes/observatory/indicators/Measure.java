package org.openpes.observatory.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * What is counted (docs/indicators.md). Flows count spells (contracts); the {@code _WORKERS} variants count distinct
 * workers; {@code APPRENTICESHIP_HIRES} are the hires of apprenticeships (their share of hires is the ratio).
 * Re-employment within 30, 90, 180 or 365 days counts workers: {@code LEAVERS_N}, those whose position ended in the
 * cell and who can be followed for N days; {@code REEMPLOYED_N}, those of them hired again within N days (the rate is
 * the ratio); {@code REEMPLOYMENT_MEDIAN_DAYS}, the Kaplan–Meier median days to the next hire of all the workers whose
 * position ended in the cell. Youth insertion: {@code YOUTH_ENTRANTS}, the people first seen under 30 whose first
 * spell is in the cell; {@code YOUTH_INSERTED}, those of them who reached a permanent contract or an apprenticeship;
 * {@code YOUTH_INSERTION_MEDIAN_DAYS}, the Kaplan–Meier median days to it. The QWI-style measures are quarterly
 * ({@link #quarterly()}): {@code BEGINNING} and {@code FULL_QUARTER} employment, and {@code JOB_CREATION} and
 * {@code JOB_DESTRUCTION} over employers; end-of-quarter employment is the stock by quarter, hires and separations
 * the flows.
 */
public enum Measure {
    HIRES, HIRES_WORKERS, APPRENTICESHIP_HIRES, TERMINATIONS, TERMINATIONS_WORKERS, NET, STOCK,
    LEAVERS_30, REEMPLOYED_30, LEAVERS_90, REEMPLOYED_90, LEAVERS_180, REEMPLOYED_180, LEAVERS_365, REEMPLOYED_365,
    REEMPLOYMENT_MEDIAN_DAYS, YOUTH_ENTRANTS, YOUTH_INSERTED, YOUTH_INSERTION_MEDIAN_DAYS,
    BEGINNING, FULL_QUARTER, JOB_CREATION, JOB_DESTRUCTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the measure is defined per quarter only (it needs {@code quarter} among the breakdowns). */
    public boolean quarterly() {
        return switch (this) {
            case BEGINNING, FULL_QUARTER, JOB_CREATION, JOB_DESTRUCTION -> true;
            default -> false;
        };
    }

    /**
     * Whether cells add up along a line of the table (a count): a median does not, so the line's total cannot give
     * a suppressed median back, and secondary suppression leaves it alone.
     */
    public boolean additive() {
        return this != REEMPLOYMENT_MEDIAN_DAYS && this != YOUTH_INSERTION_MEDIAN_DAYS;
    }

    /** The horizon in days of a re-employment count ({@code LEAVERS_N}, {@code REEMPLOYED_N}), else 0. */
    public int horizon() {
        return switch (this) {
            case LEAVERS_30, REEMPLOYED_30 -> 30;
            case LEAVERS_90, REEMPLOYED_90 -> 90;
            case LEAVERS_180, REEMPLOYED_180 -> 180;
            case LEAVERS_365, REEMPLOYED_365 -> 365;
            default -> 0;
        };
    }

    public static Measure parse(String s) {
        for (Measure m : values()) {
            if (m.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new OpenPesException(ErrorCode.CO_034, "measure", "'" + s + "' is not one of "
                + Arrays.stream(values()).map(Measure::label).collect(Collectors.joining(", ")));
    }
}
