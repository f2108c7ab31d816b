package org.openpes.skills.match;

import java.util.Arrays;

/** The k best (score, row) pairs: higher score first, then lower row; a bounded min-heap of the worst kept. */
final class TopK {
    private final double[] score;
    private final int[] row;
    private int size;

    TopK(int k) {
        score = new double[k];
        row = new int[k];
    }

    private static boolean worse(double sa, int ra, double sb, int rb) {
        return sa < sb || (sa == sb && ra > rb);
    }

    boolean full() {
        return size == score.length;
    }

    /** The worst kept score (only meaningful when {@link #full()}). */
    double floor() {
        return score[0];
    }

    void offer(double s, int r) {
        if (size < score.length) {
            int i = size++;
            score[i] = s;
            row[i] = r;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!worse(score[i], row[i], score[parent], row[parent])) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        } else if (score.length > 0 && worse(score[0], row[0], s, r)) {
            score[0] = s;
            row[0] = r;
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int m = i;
                if (l < size && worse(score[l], row[l], score[m], row[m])) {
                    m = l;
                }
                if (l + 1 < size && worse(score[l + 1], row[l + 1], score[m], row[m])) {
                    m = l + 1;
                }
                if (m == i) {
                    break;
                }
                swap(i, m);
                i = m;
            }
        }
    }

    private void swap(int a, int b) {
        double s = score[a];
        score[a] = score[b];
        score[b] = s;
        int r = row[a];
        row[a] = row[b];
        row[b] = r;
    }

    /** Rows best first. */
    int[] rows() {
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> worse(score[a], row[a], score[b], row[b]) ? 1
                : worse(score[b], row[b], score[a], row[a]) ? -1 : 0);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = row[idx[i]];
        }
        return out;
    }
}
