package org.openpes.generator.labour;

import java.util.Arrays;

/**
 * The open employment contracts (rapporti di lavoro) of the region, as parallel arrays indexed by slot. Memory is
 * proportional to the stock of open positions, not to the years generated. Slots are stable within a quarter;
 * {@link #compact()} drops the terminated ones at the end of each quarter, keeping order.
 */
final class ContractBook {
    static final int NO_END = Integer.MAX_VALUE;
    static final byte CHAIN = 1;
    static final byte CHAIN_LAST = 2;
    static final byte INITIAL = 4;
    static final byte TERMINATED = 8;

    int size;
    int[] worker = new int[1 << 16];
    int[] employer = new int[1 << 16];
    int[] start = new int[1 << 16];
    int[] end = new int[1 << 16];
    byte[] type = new byte[1 << 16];
    byte[] workingTime = new byte[1 << 16];
    byte[] hours = new byte[1 << 16];
    short[] cp2011 = new short[1 << 16];
    byte[] flags = new byte[1 << 16];
    int[] mark = new int[1 << 16];

    int add(int w, int e, int startDay, int endDay, int contractType, int wt, int weeklyHours, int cp, int flag) {
        if (size == worker.length) {
            grow();
        }
        int s = size++;
        worker[s] = w;
        employer[s] = e;
        start[s] = startDay;
        end[s] = endDay;
        type[s] = (byte) contractType;
        workingTime[s] = (byte) wt;
        hours[s] = (byte) weeklyHours;
        cp2011[s] = (short) cp;
        flags[s] = (byte) flag;
        mark[s] = -1;
        return s;
    }

    boolean has(int slot, int flag) {
        return (flags[slot] & flag) != 0;
    }

    private void grow() {
        int cap = worker.length * 2;
        worker = Arrays.copyOf(worker, cap);
        employer = Arrays.copyOf(employer, cap);
        start = Arrays.copyOf(start, cap);
        end = Arrays.copyOf(end, cap);
        type = Arrays.copyOf(type, cap);
        workingTime = Arrays.copyOf(workingTime, cap);
        hours = Arrays.copyOf(hours, cap);
        cp2011 = Arrays.copyOf(cp2011, cap);
        flags = Arrays.copyOf(flags, cap);
        mark = Arrays.copyOf(mark, cap);
    }

    /** Removes the slots flagged {@link #TERMINATED}, keeping the order of the others. */
    void compact() {
        int j = 0;
        for (int i = 0; i < size; i++) {
            if ((flags[i] & TERMINATED) != 0) {
                continue;
            }
            if (i != j) {
                worker[j] = worker[i];
                employer[j] = employer[i];
                start[j] = start[i];
                end[j] = end[i];
                type[j] = type[i];
                workingTime[j] = workingTime[i];
                hours[j] = hours[i];
                cp2011[j] = cp2011[i];
                flags[j] = flags[i];
                mark[j] = mark[i];
            }
            j++;
        }
        size = j;
    }
}
