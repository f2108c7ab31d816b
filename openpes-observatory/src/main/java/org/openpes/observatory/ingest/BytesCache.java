package org.openpes.observatory.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * What a code means, looked up by its bytes: the same few thousand codes (comuni, ATECO, contract types…) come back on
 * every row, so each is resolved once through the reference data and then found again without creating a string.
 * A {@code null} answer (an unknown code) is cached too. At most {@code capacity} codes are kept, so a file of random
 * codes cannot fill the memory; beyond that, codes are resolved each time.
 */
final class BytesCache<V> {
    private final Function<String, V> resolve;
    private final int capacity;
    private byte[][] keys = new byte[64][];
    private int[] hashes = new int[64];
    private Object[] values = new Object[64];
    private int size;

    BytesCache(int capacity, Function<String, V> resolve) {
        this.capacity = capacity;
        this.resolve = resolve;
    }

    /** The meaning of the ASCII bytes {@code b[from, to)}, or null when the resolver has none. */
    @SuppressWarnings("unchecked")
    V get(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        int mask = keys.length - 1;
        int i = h & mask;
        for (byte[] k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (hashes[i] == h && Arrays.equals(k, 0, k.length, b, from, to)) {
                return (V) values[i];
            }
        }
        V v = resolve.apply(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        if (size < capacity) {
            keys[i] = Arrays.copyOfRange(b, from, to);
            hashes[i] = h;
            values[i] = v;
            if (++size * 2 > keys.length) {
                grow();
            }
        }
        return v;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[keys.length];
        values = new Object[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }
}
