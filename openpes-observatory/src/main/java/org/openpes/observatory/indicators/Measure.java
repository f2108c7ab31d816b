package org.openpes.observatory.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * What is counted. Flows count spells (contracts); the {@code _WORKERS} variants count distinct workers.
 * Re-employment at 90 days counts workers: {@code LEAVERS_90}, those whose position ended in the cell and who can be
 * followed for 90 days; {@code REEMPLOYED_90}, those of them hired again within 90 days (the rate is the ratio).
 * The QWI-style measures are quarterly ({@link #quarterly()}): {@code BEGINNING} and {@code FULL_QUARTER}
 * employment, and {@code JOB_CREATION} and {@code JOB_DESTRUCTION} over employers; end-of-quarter employment is the
 * stock by quarter, hires and separations the flows.
 */
public enum Measure {
    HIRES, HIRES_WORKERS, TERMINATIONS, TERMINATIONS_WORKERS, NET, STOCK, LEAVERS_90, REEMPLOYED_90,
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

    public static Measure parse(String s) {
        for (Measure m : values()) {
            if (m.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new OpenPesException(ErrorCode.CO_034, "--measure", "'" + s + "' is not one of "
                + Arrays.stream(values()).map(Measure::label).collect(Collectors.joining(", ")));
    }
}
