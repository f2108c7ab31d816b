package org.openpes.generator.labour;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A growable list of ints with O(1) removal of a random element (order is not kept). */
final class IntList {
    private int[] items = new int[1024];
    private int size;

    void add(int v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = v;
    }

    void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.items[i]);
        }
    }

    int removeRandom(SplittableRandom random) {
        int i = random.nextInt(size);
        int v = items[i];
        items[i] = items[--size];
        return v;
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }
}
