package org.openpes.services.outcomes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The Kaplan–Meier estimate of weighted times to an event, some censored: its curve and its median. */
public final class Survival {
    private Survival() {
    }

    /** One step of the curve: at {@code day}, the share still without the event, and how many were at risk. */
    public record Step(int day, double survival, double atRisk) {
    }

    /** The curve's steps, one per day with an event. */
    public static List<Step> curve(int[] days, boolean[] event, double[] weight) {
        Integer[] order = new Integer[days.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> days[i]));
        double atRisk = 0;
        for (double w : weight) {
            atRisk += w;
        }
        double survival = 1;
        List<Step> out = new ArrayList<>();
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
                out.add(new Step(t, survival, atRisk));
            }
            atRisk -= leaving;
        }
        return out;
    }

    /** The first time at which the survival falls to one half or below; null when it never does. */
    public static Integer median(int[] days, boolean[] event, double[] weight) {
        return curve(days, event, weight).stream().filter(s -> s.survival() <= 0.5).map(Step::day).findFirst()
                .orElse(null);
    }
}
