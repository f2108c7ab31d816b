package org.openpes.generator.output;

/**
 * Writes CSV fields into a byte array from a position, and returns the position after them. A row is written with
 * the array and the position in local variables: no length field to update and no room to check a byte, as
 * {@link ByteSink} must. The caller makes room for the whole row first.
 */
final class Bytes {
    private Bytes() {
    }

    static int put(byte[] b, int p, byte[] value) {
        System.arraycopy(value, 0, b, p, value.length);
        return p + value.length;
    }

    static int put(byte[] b, int p, byte[] value, int from, int n) {
        System.arraycopy(value, from, b, p, n);
        return p + n;
    }

    /** A string of ASCII characters. */
    static int ascii(byte[] b, int p, String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            b[p++] = (byte) value.charAt(i);
        }
        return p;
    }

    /** {@code value} (0 or more) in exactly {@code width} digits, zero-padded. */
    static int digits(byte[] b, int p, long value, int width) {
        long v = value;
        for (int i = p + width - 1; i >= p; i--) {
            b[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return p + width;
    }

    /** A number from 0 to 99, without padding. */
    static int small(byte[] b, int p, int value) {
        if (value >= 10) {
            b[p++] = (byte) ('0' + value / 10);
        }
        b[p++] = (byte) ('0' + value % 10);
        return p;
    }
}
