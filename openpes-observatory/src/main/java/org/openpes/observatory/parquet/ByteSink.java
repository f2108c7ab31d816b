package org.openpes.observatory.parquet;

import java.util.Arrays;

/** A growable byte buffer with the little-endian and variable-length integers Parquet and Thrift use. */
final class ByteSink {
    private byte[] buf;
    private int len;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int length() {
        return len;
    }

    byte[] array() {
        return buf;
    }

    void clear() {
        len = 0;
    }

    /** Room for {@code n} more bytes. */
    void room(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    void write(int b) {
        room(1);
        buf[len++] = (byte) b;
    }

    void write(byte[] b, int from, int n) {
        room(n);
        System.arraycopy(b, from, buf, len, n);
        len += n;
    }

    void int32(int v) {
        room(4);
        buf[len] = (byte) v;
        buf[len + 1] = (byte) (v >>> 8);
        buf[len + 2] = (byte) (v >>> 16);
        buf[len + 3] = (byte) (v >>> 24);
        len += 4;
    }

    void int64(long v) {
        int32((int) v);
        int32((int) (v >>> 32));
    }

    /** An unsigned LEB128 integer. */
    void varint(long v) {
        room(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    /** Overwrites 4 bytes at {@code at} with {@code v}, little-endian. */
    void int32At(int at, int v) {
        buf[at] = (byte) v;
        buf[at + 1] = (byte) (v >>> 8);
        buf[at + 2] = (byte) (v >>> 16);
        buf[at + 3] = (byte) (v >>> 24);
    }
}
