package org.openpes.observatory.indicators;

import java.util.List;

/**
 * The Kaplan–Meier estimate of the median time to an event (a re-hire, a first stable contract) with censoring: at
 * each time with events, S *= 1 − events / at risk; the median is the first time where S ≤ 0.5. People leave the
 * risk set after their time, whether they had the event then or were censored (events come before censoring at the
 * same time).
 */
public final class KaplanMeier {
    private KaplanMeier() {
    }

    /**
     * The median from {@code times}, in increasing order of time, each {@code {time, events, leaving}} (leaving: the
     * events and the censored at that time); null when S stays above 0.5.
     */
    public static Long median(List<long[]> times) {
        long atRisk = 0;
        for (long[] t : times) {
            atRisk += t[2];
        }
        double survival = 1.0;
        for (long[] t : times) {
            if (t[1] > 0) {
                survival *= 1.0 - (double) t[1] / atRisk;
                if (survival <= 0.5) {
                    return t[0];
                }
            }
            atRisk -= t[2];
        }
        return null;
    }
}
