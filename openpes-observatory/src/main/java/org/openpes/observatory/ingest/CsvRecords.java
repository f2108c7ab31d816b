package org.openpes.observatory.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The records of a CSV file (RFC 4180), read from bytes in large blocks: the ingestion's fast path. Fields are split
 * at commas; a field in double quotes may hold commas, doubled quotes and line breaks. A record ends at LF or CRLF
 * outside quotes, or at the end of the file. The first record (the header) is skipped. Each record carries its first
 * physical line number (the header is line 1), its fields, and a 64-bit hash of its bytes, so that exact duplicates
 * can be recognised without keeping the rows. The caller closes the stream.
 *
 * <p>{@link #next()} returns the same {@link Row} each time, refilled: a row is valid until the next call. A
 * {@linkplain Row#plain() plain} row (printable ASCII, no quotes: nearly every row) exposes its fields as byte ranges
 * of the read buffer, so that it can be checked and copied without creating an object; its fields as strings are
 * made only when asked for.
 */
final class CsvRecords implements Supplier<CsvRecords.Row> {
    /** One input record. */
    static final class Row {
        private long line;
        private long contentHash;
        private byte[] buf;
        private int[] starts = new int[32];
        private int[] ends = new int[32];
        private int count;
        private boolean plain;
        private String[] fields;
        /** For rows that are not plain: the record's bytes, split by {@link #decode}. */
        private int from;
        private int to;

        /** A row of another form than CSV (the XML form): its fields as given, never plain. */
        static Row of(long line, String[] fields) {
            Row r = new Row();
            r.line = line;
            r.fields = fields;
            r.count = fields.length;
            long h = 0xcbf29ce484222325L;
            for (String f : fields) {
                h = (h ^ f.hashCode()) * 0x100000001b3L;
                h = (h ^ ',') * 0x100000001b3L;
            }
            r.contentHash = h;
            return r;
        }

        /** The first physical line of the record in its file. */
        long line() {
            return line;
        }

        long contentHash() {
            return contentHash;
        }

        /** True when every byte is printable ASCII and there is no quote: the byte ranges are the fields. */
        boolean plain() {
            return plain;
        }

        int count() {
            return count;
        }

        /** The bytes the ranges of a plain row index. */
        byte[] bytes() {
            return buf;
        }

        int start(int field) {
            return starts[field];
        }

        int end(int field) {
            return ends[field];
        }

        int length(int field) {
            return ends[field] - starts[field];
        }

        /** The fields as strings (quotes removed, doubled quotes undone, UTF-8 decoded). */
        String[] fields() {
            if (fields == null) {
                fields = plain ? plainFields() : decode(buf, from, to);
            }
            return fields;
        }

        /** The fields joined by commas: the raw text kept in quarantine. */
        String text() {
            return String.join(",", fields());
        }

        private String[] plainFields() {
            String[] out = new String[count];
            for (int i = 0; i < count; i++) {
                out[i] = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1);
            }
            return out;
        }

        private void addRange(int start, int end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = end;
        }
    }

    private static final int BLOCK = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private byte[] buf = new byte[BLOCK];
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;
    private final Row row = new Row();
    /** Of the record {@link #scan} found: line breaks inside its quotes, and where its last field starts. */
    private int breaks;
    private int lastStart;

    CsvRecords(InputStream in) {
        this.in = in;
        next(); // the header
    }

    /** {@link #next()}, as a {@code Supplier} of rows. */
    @Override
    public Row get() {
        return next();
    }

    /** The next record, in the one {@link Row} this reader refills; null at the end of the file. */
    Row next() {
        try {
            return read() ? row : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the next non-empty record into {@link #row}; false at the end of the file. */
    private boolean read() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            int end;
            while ((end = scan()) < 0) {
                if (!fill()) {
                    end = limit; // the last record, without a line break
                    scanEnd(end);
                    break;
                }
            }
            int stop = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
            int from = pos;
            pos = Math.min(limit, end + 1);
            if (stop == from) {
                nextLine += 1 + breaks;
                continue; // an empty line
            }
            row.line = nextLine;
            nextLine += 1 + breaks;
            row.buf = buf;
            row.fields = null;
            row.from = from;
            row.to = stop;
            row.contentHash = hash(buf, from, stop);
            if (row.plain) {
                row.addRange(lastStart, stop);
            }
            return true;
        }
    }

    /**
     * Scans the record that starts at {@code pos}: the index of the LF ending it, or -1 when the buffer ends first.
     * Line breaks inside quotes belong to the field and are counted in {@link #breaks}. Records the comma positions of
     * a plain row as it goes.
     */
    private int scan() {
        boolean inQuotes = false;
        boolean plain = true;
        breaks = 0;
        row.count = 0;
        int start = pos;
        for (int i = pos; i < limit; i++) {
            byte b = buf[i];
            if (b == ',') {
                if (plain) {
                    row.addRange(start, i);
                    start = i + 1;
                }
            } else if (b == '\n') {
                if (!inQuotes) {
                    row.plain = plain;
                    lastStart = start;
                    return i;
                }
                breaks++;
            } else if (b == '"') {
                inQuotes = !inQuotes;
                plain = false;
            } else if (b < 0x20 || b == 0x7f) { // a control byte, or (negative) a byte of a UTF-8 sequence
                if (b != '\r' || i + 1 >= limit || buf[i + 1] != '\n') { // CR LF ends a record like LF
                    plain = false;
                }
            }
        }
        return -1;
    }

    /** The end of the file ends the last record: decides whether it is plain, from a fresh scan up to its end. */
    private void scanEnd(int end) {
        boolean plain = true;
        row.count = 0;
        int start = pos;
        for (int i = pos; i < end; i++) {
            byte b = buf[i];
            if (b == ',') {
                row.addRange(start, i);
                start = i + 1;
            } else if (b == '"' || b < 0x20 || b == 0x7f) {
                plain = false; // a CR at the very end too: the slow path strips it
            }
        }
        row.plain = plain;
        lastStart = start;
    }

    /** A 64-bit hash of bytes [from, to), eight at a time. */
    private static long hash(byte[] b, int from, int to) {
        long h = 0x9e3779b97f4a7c15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = Long.rotateLeft(h ^ ((long) LONGS.get(b, i) * 0xc2b2ae3d27d4eb4fL), 31) * 0x9e3779b97f4a7c15L;
        }
        for (; i < to; i++) {
            h = (h ^ b[i]) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    /** Splits bytes [from, to) into fields, with quotes. */
    private static String[] decode(byte[] buf, int from, int to) {
        List<String> fields = new ArrayList<>(32);
        StringBuilder quoted = new StringBuilder();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || buf[i] == ',') {
                fields.add(text(buf, start, i));
                start = i + 1;
            } else if (buf[i] == '"' && i == start) {
                i = quotedField(buf, i, to, quoted, fields);
                start = i + 1;
            }
        }
        return fields.toArray(new String[0]);
    }

    /** Reads the quoted field opening at {@code open}; returns the index of the comma (or end) after it. */
    private static int quotedField(byte[] buf, int open, int to, StringBuilder quoted, List<String> fields) {
        quoted.setLength(0);
        int i = open + 1;
        int chunk = i;
        while (i < to) {
            if (buf[i] == '"') {
                if (i + 1 < to && buf[i + 1] == '"') {
                    quoted.append(new String(buf, chunk, i + 1 - chunk, StandardCharsets.UTF_8));
                    i += 2;
                    chunk = i;
                    continue;
                }
                break;
            }
            i++;
        }
        quoted.append(new String(buf, chunk, Math.min(i, to) - chunk, StandardCharsets.UTF_8));
        i++; // closing quote
        // Text after the closing quote and before the comma is kept as is (lenient, like most readers).
        int j = i;
        while (j < to && buf[j] != ',') {
            j++;
        }
        if (j > i) {
            quoted.append(new String(buf, i, j - i, StandardCharsets.UTF_8));
        }
        fields.add(quoted.toString());
        return j;
    }

    private static String text(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] < 0) {
                return new String(buf, from, to - from, StandardCharsets.UTF_8);
            }
        }
        return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Moves the unread bytes to the front and reads more; false when the file has no more bytes. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int unread = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, unread);
        } else if (unread == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a record longer than the buffer
        }
        pos = 0;
        limit = unread;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }
}
