package org.openpes.services.profiling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well a model separates and how well it is calibrated, on people it was not fitted on: the AUC (the chance that
 * a person who found work was scored above one who did not; ties count half), the Brier score, and ten calibration
 * bins by predicted probability (mean predicted against the share observed).
 */
public record ModelCheck(int people, double auc, double brier, List<Bin> calibration) {
    public record Bin(int people, double predicted, double observed) {
    }

    public static ModelCheck of(double[] predicted, boolean[] observed) {
        int n = predicted.length;
        if (n == 0) {
            return new ModelCheck(0, Double.NaN, Double.NaN, List.of());
        }
        double brier = 0;
        for (int i = 0; i < n; i++) {
            double d = predicted[i] - (observed[i] ? 1 : 0);
            brier += d * d;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            int from = b * n / 10;
            int to = (b + 1) * n / 10;
            if (to > from) {
                double p = 0;
                double o = 0;
                for (int i = from; i < to; i++) {
                    p += predicted[order[i]];
                    o += observed[order[i]] ? 1 : 0;
                }
                bins.add(new Bin(to - from, p / (to - from), o / (to - from)));
            }
        }
        return new ModelCheck(n, auc(predicted, observed, order), brier / n, bins);
    }

    /** The Mann–Whitney AUC, with {@code order} the indices sorted by prediction (tied ranks averaged). */
    private static double auc(double[] predicted, boolean[] observed, Integer[] order) {
        long positives = 0;
        double rankSum = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double rank = (i + j + 2) / 2.0;
            for (int m = i; m <= j; m++) {
                if (observed[order[m]]) {
                    positives++;
                    rankSum += rank;
                }
            }
            i = j + 1;
        }
        long negatives = order.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
