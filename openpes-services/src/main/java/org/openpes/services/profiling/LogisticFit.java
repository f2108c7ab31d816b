package org.openpes.services.profiling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link LogisticModel} by Newton's method (iteratively reweighted least squares) with a ridge penalty on the
 * category weights, which keeps every category's weight finite (rare ones shrink towards 0) without choosing
 * reference levels. The rows are sparse (one category per feature), so an iteration costs rows × features².
 */
public final class LogisticFit {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-8;

    private LogisticFit() {
    }

    /** Fits {@code outcome[i]} (employed or not) on {@code rows.get(i)}'s categories; {@code ridge} ≥ 0. */
    public static LogisticModel fit(List<List<String>> rows, boolean[] outcome, double ridge) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[][] x = new int[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            x[i] = new int[r.size()];
            for (int j = 0; j < r.size(); j++) {
                x[i][j] = 1 + index.computeIfAbsent(r.get(j), k -> {
                    names.add(k);
                    return names.size() - 1;
                });
            }
        }
        int k = names.size() + 1; // column 0 is the intercept
        double[] beta = new double[k];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] h = new double[k][k];
            double[] g = new double[k];
            for (int i = 0; i < x.length; i++) {
                double z = beta[0];
                for (int c : x[i]) {
                    z += beta[c];
                }
                double p = 1 / (1 + Math.exp(-z));
                double w = Math.max(p * (1 - p), 1e-10);
                double residual = (outcome[i] ? 1 : 0) - p;
                g[0] += residual;
                h[0][0] += w;
                for (int c : x[i]) {
                    g[c] += residual;
                    h[0][c] += w;
                    h[c][0] += w;
                    for (int d : x[i]) {
                        h[c][d] += w;
                    }
                }
            }
            for (int c = 1; c < k; c++) {
                g[c] -= ridge * beta[c];
                h[c][c] += ridge;
            }
            double[] step = Cholesky.solve(h, g);
            double largest = 0;
            for (int c = 0; c < k; c++) {
                beta[c] += step[c];
                largest = Math.max(largest, Math.abs(step[c]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (int c = 1; c < k; c++) {
            weights.put(names.get(c - 1), beta[c]);
        }
        return new LogisticModel(beta[0], weights);
    }
}
