package org.openpes.observatory.parquet;

import java.util.Arrays;

/**
 * UTF-8 strings, dictionary encoded: each distinct value is kept once and the rows hold its id. Each row group writes
 * a dictionary page of the values it uses (in the order it first used them) and its rows' ids bit-packed. The values
 * are kept across row groups (codes come back in every one), until there are more than {@link #MAX_VALUES}.
 */
final class DictionaryColumn extends Column {
    static final int MAX_VALUES = 1 << 16;

    /** The distinct values: value {@code i} is {@code pool[start[i], start[i + 1])}. */
    private byte[] pool = new byte[1 << 12];
    private int[] start = new int[65];
    private int size;
    /** Open addressing: id + 1 per slot, 0 when free. */
    private int[] slots = new int[128];
    private int[] hashes = new int[128];
    /** The ids of the row group's values (not the nulls). */
    private int[] ids = new int[1024];
    private int count;
    private int lastId = -1;
    /** The row group's id of each value (-1: not used yet), reset after each row group. */
    private int[] local = new int[64];
    private int[] used = new int[64];
    private int usedCount;

    DictionaryColumn(String name) {
        super(name, BYTE_ARRAY, UTF8);
        Arrays.fill(local, -1);
    }

    @Override
    void value(byte[] b, int from, int to) {
        int id = lastId >= 0 && same(lastId, b, from, to) ? lastId : id(b, from, to);
        lastId = id;
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
        }
        ids[count++] = id;
    }

    private boolean same(int id, byte[] b, int from, int to) {
        return Arrays.equals(pool, start[id], start[id + 1], b, from, to);
    }

    private int id(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        int mask = slots.length - 1;
        int i = h & mask;
        for (int s; (s = slots[i]) != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && same(s - 1, b, from, to)) {
                return s - 1;
            }
        }
        int id = size++;
        int n = to - from;
        if (start[id] + n > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, start[id] + n));
        }
        System.arraycopy(b, from, pool, start[id], n);
        if (size + 1 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
        }
        start[size] = start[id] + n;
        slots[i] = id + 1;
        hashes[i] = h;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[slots.length];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = oldHashes[j] & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    /** Gives the row group's values their ids in its dictionary page; answers how many values that page holds. */
    int prepare() {
        if (local.length < size) {
            int old = local.length;
            local = Arrays.copyOf(local, Math.max(size, old * 2));
            Arrays.fill(local, old, local.length, -1);
            used = Arrays.copyOf(used, local.length);
        }
        for (int i = 0; i < count; i++) {
            int id = ids[i];
            int l = local[id];
            if (l < 0) {
                l = usedCount;
                local[id] = l;
                used[usedCount++] = id;
            }
            ids[i] = l;
        }
        return usedCount;
    }

    /** The dictionary page's values, plain encoded (after {@link #prepare()}). */
    void writeDictionary(ByteSink out) {
        for (int i = 0; i < usedCount; i++) {
            int id = used[i];
            out.int32(start[id + 1] - start[id]);
            out.write(pool, start[id], start[id + 1] - start[id]);
        }
    }

    @Override
    int writeValues(ByteSink out) {
        int width = RleHybrid.width(usedCount);
        out.write(width);
        RleHybrid.bitPacked(out, ids, count, width);
        return RLE_DICTIONARY;
    }

    @Override
    byte[] min() {
        return extreme(-1);
    }

    @Override
    byte[] max() {
        return extreme(1);
    }

    private byte[] extreme(int sign) {
        int best = -1;
        for (int i = 0; i < usedCount; i++) {
            int id = used[i];
            if (best < 0 || sign * Arrays.compareUnsigned(pool, start[id], start[id + 1], pool, start[best],
                    start[best + 1]) > 0) {
                best = id;
            }
        }
        return best < 0 ? null : Arrays.copyOfRange(pool, start[best], start[best + 1]);
    }

    @Override
    void reset() {
        super.reset();
        for (int i = 0; i < usedCount; i++) {
            local[used[i]] = -1;
        }
        usedCount = 0;
        count = 0;
        if (size > MAX_VALUES) {
            size = 0;
            lastId = -1;
            Arrays.fill(slots, 0);
        }
    }
}
