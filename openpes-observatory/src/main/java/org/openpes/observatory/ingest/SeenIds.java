package org.openpes.observatory.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The communication ids of one batch with the hash of their row, to tell an exact duplicate (same id, same bytes) from
 * an id received again with other content. Ids of the usual form (two letters and up to 15 digits) are packed exactly
 * into one {@code long} and kept in an open-addressing table: 32 bytes a row instead of about 110 for a map of
 * strings. Other ids go to an ordinary map. Nothing is approximated: two different ids never collide.
 */
final class SeenIds {
    /** What {@link #put} found. */
    enum Seen { NEW, DUPLICATE, CONFLICT }

    private static final long EMPTY = 0;

    private long[] keys = new long[1 << 16];
    private long[] values = new long[1 << 16];
    private int size;
    private final Map<String, Long> other = new HashMap<>();

    Seen put(String id, long contentHash) {
        long key = pack(id);
        if (key == EMPTY) {
            Long previous = other.putIfAbsent(id, contentHash);
            return previous == null ? Seen.NEW : previous == contentHash ? Seen.DUPLICATE : Seen.CONFLICT;
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = contentHash;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return Seen.NEW;
            }
            if (keys[i] == key) {
                return values[i] == contentHash ? Seen.DUPLICATE : Seen.CONFLICT;
            }
        }
    }

    /**
     * Two letters A–Z (5 bits each), the number of digits (4 bits, 1–15) and the digits' value (50 bits); 0 when
     * the id has another form.
     */
    static long pack(String id) {
        int n = id.length() - 2;
        if (n < 1 || n > 15) {
            return EMPTY;
        }
        char a = id.charAt(0);
        char b = id.charAt(1);
        if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
            return EMPTY;
        }
        long v = 0;
        for (int i = 2; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return EMPTY;
            }
            v = v * 10 + (c - '0');
        }
        return ((long) (a - 'A' + 1) << 59) | ((long) (b - 'A' + 1) << 54) | ((long) n << 50) | v;
    }

    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return (int) k;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
