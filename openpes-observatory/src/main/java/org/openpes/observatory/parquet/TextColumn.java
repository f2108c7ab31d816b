package org.openpes.observatory.parquet;

import java.util.Arrays;

/** UTF-8 strings, plain encoded (4-byte length, then the bytes). */
final class TextColumn extends Column {
    private final ByteSink values = new ByteSink(1 << 16);
    /** Where the smallest and the largest value start in {@link #values} (after their length), -1 for none. */
    private int minAt = -1;
    private int minLen;
    private int maxAt = -1;
    private int maxLen;

    TextColumn(String name) {
        super(name, BYTE_ARRAY, UTF8);
    }

    @Override
    void value(byte[] b, int from, int to) {
        int n = to - from;
        values.int32(n);
        int at = values.length();
        values.write(b, from, n);
        byte[] v = values.array();
        if (minAt < 0 || Arrays.compareUnsigned(v, at, at + n, v, minAt, minAt + minLen) < 0) {
            minAt = at;
            minLen = n;
        }
        if (maxAt < 0 || Arrays.compareUnsigned(v, at, at + n, v, maxAt, maxAt + maxLen) > 0) {
            maxAt = at;
            maxLen = n;
        }
    }

    @Override
    int writeValues(ByteSink out) {
        out.write(values.array(), 0, values.length());
        return PLAIN;
    }

    @Override
    byte[] min() {
        return minAt < 0 ? null : Arrays.copyOfRange(values.array(), minAt, minAt + minLen);
    }

    @Override
    byte[] max() {
        return maxAt < 0 ? null : Arrays.copyOfRange(values.array(), maxAt, maxAt + maxLen);
    }

    @Override
    void reset() {
        super.reset();
        values.clear();
        minAt = -1;
        maxAt = -1;
    }
}
