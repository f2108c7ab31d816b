package org.openpes.observatory.indicators;

import java.util.List;

/**
 * One cell of an indicator table: its coordinates (one value per breakdown; null where the spell's value is unknown,
 * e.g. a CP2011 code the crosswalk does not link to ISCO), the measure, the value, the number of distinct workers it
 * rests on, and whether disclosure control suppressed it.
 */
public record Cell(List<String> key, Measure measure, long value, long workers, boolean suppressed) {
    Cell suppress() {
        return new Cell(key, measure, value, workers, true);
    }
}
