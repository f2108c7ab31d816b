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
 * at commas; a field in double quotes may hold commas, doubled quotes and line breaks. A record ends at LF, CRLF or a
 * lone CR outside quotes, or at the end of the file. Each record carries its first physical line number (the header
 * is line 1), its fields, and a 64-bit hash of its bytes, so that exact duplicates can be recognised without keeping
 * the rows. The caller closes the stream.
 *
 * <p>The first record is the header: the columns are read by name ({@link CsvHeader}), so a file with its columns in
 * another order gives the same fields, and a file whose header lacks a column is refused before any row is read.
 *
 * <p>A quote left open cannot swallow the rest of the file. A record that runs over line breaks inside quotes must
 * close them within {@link #DEFAULT_MAX_RECORD_BYTES} and split into as many fields as the header has; otherwise the
 * reader <em>resynchronises</em>: the record is its first physical line alone, {@linkplain Row#unclosedQuote()
 * flagged}, and reading goes on from the next line, so that every row after it is read as usual.
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
        private boolean unclosedQuote;
        private String brokenOff;
        /** Canonical column → its place in the file; null when the file has them in canonical order. */
        private int[] order;
        private int width;
        private String[] fields;
        private String[] inFile;
        /** For rows that are not plain: the record's bytes, split by {@link #decode}. */
        private int from;
        private int to;

        /**
         * Where a file of another form than CSV breaks off, with the parser's reason: a row the ingestion refuses,
         * after which the file has no more rows.
         */
        static Row brokenOff(long line, String reason) {
            Row r = of(line, new String[0]);
            r.brokenOff = reason;
            return r;
        }

        /** The parser's reason when the file breaks off at this row (null for a row that was read). */
        String brokenOff() {
            return brokenOff;
        }

        /** A row of another form than CSV (the XML form): its fields as given, never plain. */
        static Row of(long line, String[] fields) {
            Row r = new Row();
            r.line = line;
            r.fields = fields;
            r.inFile = fields;
            r.count = fields.length;
            r.width = fields.length;
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

        /** The number of fields in the file's record (the header's count for a well-formed row). */
        int count() {
            return plain ? count : inFile().length;
        }

        /** The number of fields the header gives a row. */
        int width() {
            return width;
        }

        /** True when the record has as many fields as the header, so that the columns are where the header says. */
        boolean complete() {
            return !unclosedQuote && brokenOff == null && count() == width;
        }

        /** True when the record opened a quote that it did not close on its line (the reader resynchronised). */
        boolean unclosedQuote() {
            return unclosedQuote;
        }

        /** The bytes the ranges of a plain row index. */
        byte[] bytes() {
            return buf;
        }

        /** Where the canonical column {@code field} starts in {@link #bytes()} (a plain, complete row). */
        int start(int field) {
            return starts[order == null ? field : order[field]];
        }

        int end(int field) {
            return ends[order == null ? field : order[field]];
        }

        int length(int field) {
            return end(field) - start(field);
        }

        /**
         * The fields as strings (quotes removed, doubled quotes undone, UTF-8 decoded): in the canonical order of the
         * columns when the row is {@linkplain #complete() complete}, else as they stand in the file.
         */
        String[] fields() {
            if (fields == null) {
                String[] inFile = inFile();
                fields = order == null || inFile.length != width ? inFile : reorder(inFile);
            }
            return fields;
        }

        /** The fields in the order of the file. */
        private String[] inFile() {
            if (inFile == null) {
                inFile = plain ? plainFields() : decode(buf, from, to);
            }
            return inFile;
        }

        private String[] reorder(String[] inFile) {
            String[] out = new String[order.length];
            for (int i = 0; i < order.length; i++) {
                out[i] = inFile[order[i]];
            }
            return out;
        }

        /** The record as it stands in the file, quotes included: the raw text kept in quarantine. */
        String text() {
            if (buf == null) {
                return join(fields);
            }
            return new String(buf, from, to - from, StandardCharsets.UTF_8);
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

    /** The longest record that may run over line breaks inside quotes: a CO row is about 300 bytes. */
    static final int DEFAULT_MAX_RECORD_BYTES = 64 << 10;
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
    private final int maxRecordBytes;
    private final List<String> header;
    /** Of the record {@link #scan} found: line breaks inside its quotes, and where its last field starts. */
    private int breaks;
    private int lastStart;
    /** True when {@link #scan} stopped inside quotes. */
    private boolean inQuotesAtEnd;

    /**
     * Reads the header and maps its columns by name onto {@code columns}; a header that lacks one of them is refused
     * (OPES-CO-036) naming the file and the missing columns.
     */
    CsvRecords(InputStream in, String file, List<String> columns) {
        this(in, file, columns, DEFAULT_MAX_RECORD_BYTES);
    }

    CsvRecords(InputStream in, String file, List<String> columns, int maxRecordBytes) {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
        row.width = Integer.MAX_VALUE; // the header may have any width
        Row first = next();
        this.header = first == null ? List.of() : List.of(first.fields());
        if (first != null) {
            CsvHeader h = CsvHeader.of(file, header, columns);
            row.order = h.order();
            row.width = header.size();
        }
    }

    /** The header's column names, as they stand in the file (empty for an empty file). */
    List<String> header() {
        return header;
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
            row.unclosedQuote = false;
            int end;
            while ((end = scan()) < 0) {
                if (breaks > 0 && limit - pos > maxRecordBytes) {
                    end = resync(); // a quote left open: the record runs on and on
                    break;
                }
                if (!fill()) {
                    end = inQuotesAtEnd ? resync() : limit; // the last record, without a line break
                    if (!row.unclosedQuote) {
                        scanEnd(end);
                    }
                    break;
                }
            }
            if (breaks > 0 && !row.unclosedQuote
                    && (!wellQuoted(buf, pos, stop(end), row.width) || holdsARecordLine(pos, stop(end)))) {
                end = resync(); // quotes closed by another broken line: the lines in between are rows of their own
            }
            int stop = stop(end);
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
            row.inFile = null;
            row.from = from;
            row.to = stop;
            row.contentHash = hash(buf, from, stop);
            if (row.plain) {
                row.addRange(lastStart, stop);
            }
            return true;
        }
    }

    /** Where the record ending at the line break {@code end} (or at the end of the file) ends, without its CR. */
    private int stop(int end) {
        boolean lineFeed = end < limit && buf[end] == '\n';
        return end > pos && buf[end - 1] == '\r' && (lineFeed || end == limit) ? end - 1 : end;
    }

    /**
     * True when a line strictly inside the multi-line record [from, to) is by itself a well-quoted record of the
     * header's width: then the record is two broken lines with good rows between them, not one field with line breaks.
     */
    private boolean holdsARecordLine(int from, int to) {
        int lineStart = -1;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n' || buf[i] == '\r' && (i + 1 >= to || buf[i + 1] != '\n')) {
                if (lineStart >= 0 && wellQuoted(buf, lineStart, buf[i - 1] == '\r' ? i - 1 : i, row.width)) {
                    return true;
                }
                lineStart = i + 1;
            }
        }
        return false;
    }

    /**
     * True when bytes [from, to) split into {@code width} fields, each either without quotes or quoted from its first
     * byte to its last: the test a record running over line breaks must pass, since a quote left open on one line and
     * "closed" by a quote on another rarely leaves that shape.
     */
    static boolean wellQuoted(byte[] b, int from, int to, int width) {
        int fields = 1;
        int i = from;
        while (i < to) {
            if (b[i] == '"') {
                for (i++;; i++) {
                    if (i >= to) {
                        return false;
                    }
                    if (b[i] == '"') {
                        if (i + 1 < to && b[i + 1] == '"') {
                            i++;
                            continue;
                        }
                        i++;
                        break;
                    }
                }
                if (i < to && b[i] != ',') {
                    return false;
                }
            } else {
                for (; i < to && b[i] != ','; i++) {
                    if (b[i] == '"') {
                        return false;
                    }
                }
            }
            if (i < to) {
                i++;
                fields++;
            }
        }
        return fields == width;
    }

    /**
     * Ends the record that starts at {@code pos} at its first line break, as a record with an unclosed quote: the
     * index of that line break (LF, or the CR of a CRLF or a lone CR).
     */
    private int resync() {
        row.unclosedQuote = true;
        row.plain = false;
        breaks = 0;
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return buf[i] == '\r' && i + 1 < limit && buf[i + 1] == '\n' ? i + 1 : i;
            }
        }
        return limit;
    }

    /**
     * Scans the record that starts at {@code pos}: the index of the LF (or lone CR) ending it, or -1 when the buffer ends first.
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
            } else if (b == '\r') {
                if (i + 1 >= limit) {
                    break; // LF may follow in the next block
                }
                if (buf[i + 1] != '\n') { // a lone CR ends a record (old Mac line endings)
                    if (!inQuotes) {
                        row.plain = plain;
                        lastStart = start;
                        return i;
                    }
                    breaks++;
                } // CR LF ends a record like LF
            } else if (b < 0x20 || b == 0x7f) { // a control byte, or (negative) a byte of a UTF-8 sequence
                plain = false;
            }
        }
        inQuotesAtEnd = inQuotes;
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

    /** Fields as one CSV line, quoted where they need it. */
    static String join(String[] fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i > 0) {
                out.append(',');
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        return out.toString();
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
