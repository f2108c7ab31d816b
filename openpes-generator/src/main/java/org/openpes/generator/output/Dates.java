package org.openpes.generator.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** ISO dates as ASCII bytes, precomputed for 1940–2069 so that writing a date is a copy. */
final class Dates {
    private static final int FIRST = (int) LocalDate.of(1940, 1, 1).toEpochDay();
    private static final int LAST = (int) LocalDate.of(2069, 12, 31).toEpochDay();
    /** The longest date written: beyond the table, from an int epoch day, a year of 7 digits and a sign. */
    static final int MAX_LENGTH = 16;
    private static final byte[] TABLE = new byte[(LAST - FIRST + 1) * 10];

    static {
        for (int d = FIRST; d <= LAST; d++) {
            byte[] b = LocalDate.ofEpochDay(d).toString().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(b, 0, TABLE, (d - FIRST) * 10, 10);
        }
    }

    private Dates() {
    }

    static void write(ByteSink sink, int day) {
        sink.ensure(MAX_LENGTH);
        sink.truncate(write(sink.buffer(), sink.length(), day));
    }

    /** Writes the date at {@code p} in {@code b}, which has room for {@link #MAX_LENGTH} bytes; returns the end. */
    static int write(byte[] b, int p, int day) {
        if (day >= FIRST && day <= LAST) {
            return Bytes.put(b, p, TABLE, (day - FIRST) * 10, 10);
        }
        return Bytes.ascii(b, p, LocalDate.ofEpochDay(day).toString());
    }
}
