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
 */
public enum Measure {
    HIRES, HIRES_WORKERS, TERMINATIONS, TERMINATIONS_WORKERS, NET, STOCK, LEAVERS_90, REEMPLOYED_90;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
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
