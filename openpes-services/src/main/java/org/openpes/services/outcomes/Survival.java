package org.openpes.services.outcomes;

import java.util.Arrays;
import java.util.Comparator;

/** The Kaplan–Meier median of weighted times to an event, some censored. */
final class Survival {
    private Survival() {
    }

    /** The first time at which the survival falls to one half or below; null when it never does. */
    static Integer median(int[] days, boolean[] event, double[] weight) {
        Integer[] order = new Integer[days.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> days[i]));
        double atRisk = 0;
        for (double w : weight) {
            atRisk += w;
        }
        double survival = 1;
        int i = 0;
        while (i < order.length) {
            int t = days[order[i]];
            double events = 0;
            double leaving = 0;
            for (; i < order.length && days[order[i]] == t; i++) {
                leaving += weight[order[i]];
                events += event[order[i]] ? weight[order[i]] : 0;
            }
            if (atRisk > 0 && events > 0) {
                survival *= 1 - events / atRisk;
                if (survival <= 0.5) {
                    return t;
                }
            }
            atRisk -= leaving;
        }
        return null;
    }
}
