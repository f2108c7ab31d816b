package org.openpes.generator.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A growable byte buffer that flushes to a stream: the fast path for writing millions of CSV rows of ASCII codes,
 * numbers and dates without creating a string a field.
 */
public final class ByteSink {
    /** {@link #endRow()} writes the buffer out once it holds this much. */
    private static final int FLUSH_AT = 1 << 18;

    private byte[] buf = new byte[1 << 20];
    private int len;
    private OutputStream out;

    public void target(OutputStream stream) {
        flush();
        this.out = stream;
    }

    int length() {
        return len;
    }

    byte[] buffer() {
        return buf;
    }

    /** Starts over with {@code buffer} (its content is discarded). */
    void reset(byte[] buffer) {
        buf = buffer;
        len = 0;
    }

    void truncate(int length) {
        len = length;
    }

    void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public void bytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    public void bytes(byte[] b) {
        bytes(b, 0, b.length);
    }

    /** A string of ASCII characters (codes, URIs). */
    public void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    public void put(char c) {
        ensure(1);
        buf[len++] = (byte) c;
    }

    public void number(long v) {
        if (v < 0) {
            put('-');
            v = -v;
        }
        ensure(20);
        int startAt = len;
        do {
            buf[len++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = startAt, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    /** An ISO date (yyyy-mm-dd) from an epoch day. */
    public void date(int epochDay) {
        Dates.write(this, epochDay);
    }

    /** Ends a row: a newline, and the buffer goes to the stream when it is full enough. */
    public void endRow() {
        put('\n');
        if (len >= FLUSH_AT && out != null) {
            flush();
        }
    }

    public void flush() {
        if (out != null && len > 0) {
            try {
                out.write(buf, 0, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        len = 0;
    }
}
