package org.openpes.observatory.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a CSV file (RFC 4180), read from bytes in large blocks: the ingestion's fast path. Fields are split
 * at commas; a field in double quotes may hold commas, doubled quotes and line breaks. A record ends at LF or CRLF
 * outside quotes, or at the end of the file. The first record (the header) is skipped. Each record carries its first
 * physical line number (the header is line 1), its fields, and a 64-bit hash of its bytes, so that exact duplicates
 * can be recognised without keeping the rows. The caller closes the stream.
 */
final class CsvRecords implements Iterator<CsvRecords.RawRow> {
    /** One input record: its first line, its fields (any number: malformed rows are the validator's to report). */
    record RawRow(long line, String[] fields, long contentHash) {
        /** A row whose hash is taken from its fields (forms other than CSV). */
        static RawRow of(long line, String[] fields) {
            long h = 0xcbf29ce484222325L;
            for (String f : fields) {
                h = (h ^ f.hashCode()) * 0x100000001b3L;
                h = (h ^ ',') * 0x100000001b3L;
            }
            return new RawRow(line, fields, h);
        }

        /** The fields joined by commas: the raw text kept in quarantine. */
        String text() {
            return String.join(",", fields);
        }
    }

    private static final int BLOCK = 1 << 20;

    private final InputStream in;
    private byte[] buf = new byte[BLOCK];
    private int pos;
    private int limit;
    private boolean eof;
    private long nextLine = 1;
    private int breaks;
    private RawRow next;
    private final List<String> fields = new ArrayList<>(32);
    private final StringBuilder quoted = new StringBuilder();

    CsvRecords(InputStream in) {
        this.in = in;
        advance();
        if (next != null) {
            advance(); // header
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public RawRow next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        RawRow r = next;
        advance();
        return r;
    }

    private void advance() {
        try {
            next = read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the next non-empty record, or null at the end of the file. */
    private RawRow read() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return null;
            }
            int end;
            while ((end = findRecordEnd()) < 0) {
                if (!fill()) {
                    end = limit; // the last record, without a line break
                    break;
                }
            }
            long line = nextLine;
            nextLine += 1 + breaks;
            int stop = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
            int from = pos;
            pos = Math.min(limit, end + 1);
            if (stop == from) {
                continue; // an empty line
            }
            long hash = 0xcbf29ce484222325L;
            for (int i = from; i < stop; i++) {
                hash = (hash ^ buf[i]) * 0x100000001b3L;
            }
            fields.clear();
            split(from, stop);
            return new RawRow(line, fields.toArray(new String[0]), hash);
        }
    }

    /**
     * The index of the LF ending the record that starts at {@code pos}, or -1 when the buffer ends first; line breaks
     * inside quotes belong to the field and are counted in {@link #breaks}.
     */
    private int findRecordEnd() {
        boolean inQuotes = false;
        breaks = 0;
        for (int i = pos; i < limit; i++) {
            byte b = buf[i];
            if (b == '"') {
                inQuotes = !inQuotes;
            } else if (b == '\n') {
                if (!inQuotes) {
                    return i;
                }
                breaks++;
            }
        }
        return -1;
    }

    /** Splits bytes [from, to) into fields. */
    private void split(int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || buf[i] == ',') {
                fields.add(decode(start, i));
                start = i + 1;
            } else if (buf[i] == '"' && i == start) {
                i = quotedField(i, to);
                start = i + 1;
            }
        }
    }

    /** Reads the quoted field opening at {@code open}; returns the index of the comma (or end) after it. */
    private int quotedField(int open, int to) {
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

    private String decode(int from, int to) {
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
