package org.openpes.observatory.parquet;

import java.time.LocalDate;
import java.util.Arrays;

/** INT32 (integers or dates, as days since 1970-01-01) or INT64, plain encoded. */
final class IntColumn extends Column {
    /** The values, plain encoded as they come (4 or 8 bytes each, little-endian). */
    private final ByteSink values = new ByteSink(1 << 12);
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    IntColumn(String name, int type, int converted) {
        super(name, type, converted);
    }

    @Override
    void value(byte[] b, int from, int to) {
        long v = convertedType() == DATE ? day(b, from, to) : number(b, from, to);
        if (type() == INT32 && (int) v != v) {
            throw new IllegalArgumentException(name() + ": " + v + " does not fit in 32 bits");
        }
        if (type() == INT32) {
            values.int32((int) v);
        } else {
            values.int64(v);
        }
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    private long day(byte[] b, int from, int to) {
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            throw invalid(b, from, to);
        }
        try {
            return LocalDate.of(digits(b, from, from + 4), digits(b, from + 5, from + 7), digits(b, from + 8, to))
                    .toEpochDay();
        } catch (java.time.DateTimeException e) {
            throw invalid(b, from, to);
        }
    }

    private int digits(byte[] b, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                throw invalid(b, from, to);
            }
            v = v * 10 + b[i] - '0';
        }
        return v;
    }

    private long number(byte[] b, int from, int to) {
        boolean negative = b[from] == '-';
        int i = negative ? from + 1 : from;
        if (i == to) {
            throw invalid(b, from, to);
        }
        long v = 0;
        try {
            for (; i < to; i++) {
                if (b[i] < '0' || b[i] > '9') {
                    throw invalid(b, from, to);
                }
                v = Math.subtractExact(Math.multiplyExact(v, 10), b[i] - '0');
            }
            return negative ? v : Math.negateExact(v);
        } catch (ArithmeticException e) {
            throw invalid(b, from, to);
        }
    }

    private IllegalArgumentException invalid(byte[] b, int from, int to) {
        return new IllegalArgumentException(name() + ": not a " + (convertedType() == DATE ? "date" : "number") + ": "
                + new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Override
    int writeValues(ByteSink out) {
        out.write(values.array(), 0, values.length());
        return PLAIN;
    }

    @Override
    byte[] min() {
        return values.length() == 0 ? null : bytes(min);
    }

    @Override
    byte[] max() {
        return values.length() == 0 ? null : bytes(max);
    }

    private byte[] bytes(long v) {
        ByteSink s = new ByteSink(8);
        if (type() == INT32) {
            s.int32((int) v);
        } else {
            s.int64(v);
        }
        return Arrays.copyOf(s.array(), s.length());
    }

    @Override
    void reset() {
        super.reset();
        values.clear();
        min = Long.MAX_VALUE;
        max = Long.MIN_VALUE;
    }
}
