package org.openpes.observatory.parquet;

/**
 * Parquet's RLE / bit-packing hybrid encoding, as one run: definition levels (a repeated value is one RLE run) and
 * dictionary ids (bit-packed, least significant bit first, the last group of eight padded with zeros; readers stop at
 * the page's value count).
 */
final class RleHybrid {
    private RleHybrid() {
    }

    /** {@code count} times {@code value}, {@code width} bits wide (at most 8). */
    static void repeat(ByteSink out, int count, int value, int width) {
        out.varint((long) count << 1);
        if (width > 0) {
            out.write(value);
        }
    }

    /** {@code v[0, n)}, {@code width} bits each (1 to 32). */
    static void bitPacked(ByteSink out, int[] v, int n, int width) {
        int groups = (n + 7) / 8;
        out.varint((long) groups << 1 | 1);
        out.room(groups * width);
        long acc = 0;
        int bits = 0;
        for (int i = 0; i < groups * 8; i++) {
            acc |= (i < n ? v[i] & 0xFFFFFFFFL : 0) << bits;
            bits += width;
            while (bits >= 8) {
                out.write((int) acc);
                acc >>>= 8;
                bits -= 8;
            }
        }
    }

    /** The 0/1 levels {@code v[0, n)}, one bit each. */
    static void bitPacked(ByteSink out, byte[] v, int n) {
        int groups = (n + 7) / 8;
        out.varint((long) groups << 1 | 1);
        out.room(groups);
        for (int g = 0; g < groups; g++) {
            int b = 0;
            for (int j = 0; j < 8; j++) {
                int i = g * 8 + j;
                b |= (i < n ? v[i] & 1 : 0) << j;
            }
            out.write(b);
        }
    }

    /** Bits needed for the ids {@code 0 .. size-1} (at least 1). */
    static int width(int size) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(size - 1));
    }
}
