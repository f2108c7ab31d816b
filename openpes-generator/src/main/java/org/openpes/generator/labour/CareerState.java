package org.openpes.generator.labour;

import java.util.Arrays;

/**
 * What the simulation remembers of each worker: the last quarter they were hired in and terminated in (to count
 * distinct workers), and their last job. The three values of a worker sit side by side, so that reading them costs
 * one memory access: with millions of workers drawn at random, that access is what a hire mostly waits for.
 */
final class CareerState {
    private static final int STRIDE = 4;
    private static final int HIRED = 0;
    private static final int TERMINATED = 1;
    private static final int JOB = 2;

    private int[] values;

    CareerState(int capacity) {
        values = new int[STRIDE * Math.max(1, capacity)];
        Arrays.fill(values, -1);
    }

    /** Makes room for worker {@code w}, with nothing remembered. */
    void reset(int w) {
        if (STRIDE * w + STRIDE > values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, Math.max(STRIDE * w + STRIDE, old * 2));
            Arrays.fill(values, old, values.length, -1);
        }
        Arrays.fill(values, STRIDE * w, STRIDE * w + STRIDE, -1);
    }

    /** 1 the first time worker {@code w} is hired in quarter {@code qi}, else 0. */
    int firstHireIn(int w, int qi) {
        return first(STRIDE * w + HIRED, qi);
    }

    /** 1 the first time worker {@code w} is terminated in quarter {@code qi}, else 0. */
    int firstTerminationIn(int w, int qi) {
        return first(STRIDE * w + TERMINATED, qi);
    }

    private int first(int at, int qi) {
        if (values[at] == qi) {
            return 0;
        }
        values[at] = qi;
        return 1;
    }

    /** The last job: sector << 16 | occupation index, or -1 before the first job. */
    int lastJob(int w) {
        return values[STRIDE * w + JOB];
    }

    void lastJob(int w, int sector, int occupation) {
        values[STRIDE * w + JOB] = sector << 16 | occupation;
    }
}
