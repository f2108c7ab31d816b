package org.openpes.observatory.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The communication ids of one batch with the hash of their row, to tell an exact duplicate (same id, same bytes) from
 * an id received again with other content. Ids of the usual form (two letters and up to 15 digits) are packed exactly
 * into one {@code long} and kept in an open-addressing table of 16-byte slots, at most three quarters full: 21 to 43
 * bytes a row instead of about 110 for a map of strings (67 MB for the 3.1M rows of a file at 60M events; at most half
 * full, as before session 11, it was 134 MB, and two such files at once ran out of the ingestion's 700 MB heap). Other
 * ids go to an ordinary map. Nothing is approximated: two different ids never collide.
 */
final class SeenIds {
    /** What {@link #put} found. */
    enum Seen { NEW, DUPLICATE, CONFLICT }

    private static final long EMPTY = 0;

    /** Key and content hash side by side (slot i at 2i and 2i + 1): one cache line holds both. */
    private long[] slots = new long[2 << 16];
    private int size;
    private final Map<String, Long> other = new HashMap<>();

    Seen put(String id, long contentHash) {
        long key = pack(id);
        if (key == EMPTY) {
            return putOther(id, contentHash);
        }
        return put(key, contentHash);
    }

    /** {@link #put(String, long)} for the id in the ASCII bytes {@code b[from, to)}. */
    Seen put(byte[] b, int from, int to, long contentHash) {
        long key = pack(b, from, to);
        if (key == EMPTY) {
            return putOther(new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1),
                    contentHash);
        }
        return put(key, contentHash);
    }

    private Seen putOther(String id, long contentHash) {
        Long previous = other.putIfAbsent(id, contentHash);
        return previous == null ? Seen.NEW : previous == contentHash ? Seen.DUPLICATE : Seen.CONFLICT;
    }

    private Seen put(long key, long contentHash) {
        int mask = slots.length / 2 - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == EMPTY) {
                slots[2 * i] = key;
                slots[2 * i + 1] = contentHash;
                if (++size * 8 > slots.length * 3) { // more than three quarters of the slots
                    grow();
                }
                return Seen.NEW;
            }
            if (k == key) {
                return slots[2 * i + 1] == contentHash ? Seen.DUPLICATE : Seen.CONFLICT;
            }
        }
    }

    /**
     * Two letters A–Z (5 bits each), the number of digits (4 bits, 1–15) and the digits' value (50 bits); 0 when
     * the id has another form.
     */
    static long pack(String id) {
        byte[] b = id.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // other characters become '?'
        return pack(b, 0, b.length);
    }

    /** {@link #pack(String)} of the ASCII bytes {@code b[from, to)}. */
    static long pack(byte[] b, int from, int to) {
        int n = to - from - 2;
        if (n < 1 || n > 15) {
            return EMPTY;
        }
        byte a = b[from];
        byte c = b[from + 1];
        if (a < 'A' || a > 'Z' || c < 'A' || c > 'Z') {
            return EMPTY;
        }
        long v = 0;
        for (int i = from + 2; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return EMPTY;
            }
            v = v * 10 + (b[i] - '0');
        }
        return ((long) (a - 'A' + 1) << 59) | ((long) (c - 'A' + 1) << 54) | ((long) n << 50) | v;
    }

    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return (int) k;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length / 2 - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != EMPTY) {
                int i = mix(old[j]) & mask;
                while (slots[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = old[j];
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }
}
