package org.openpes.observatory.parquet;

import io.airlift.compress.snappy.SnappyCompressor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Parquet file of nullable, flat {@link Column}s, filled row by row: set each column's value, then
 * {@link #endRow()}. Every {@code rowGroupRows} rows are written out as a row group (one Snappy-compressed data page
 * per column, after its dictionary page), so memory does not grow with the file. Statistics (null count, minimum and
 * maximum) are written for every column chunk, so that readers can skip row groups.
 */
public final class ParquetWriter implements AutoCloseable {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int DATA_PAGE = 0;
    private static final int DICTIONARY_PAGE = 2;
    private static final int SNAPPY = 1;
    private static final String CREATED_BY = "openpes version 0.1.0";

    private final Column[] columns;
    private final int rowGroupRows;
    private final OutputStream out;
    private final SnappyCompressor snappy = new SnappyCompressor();
    private final ByteSink header = new ByteSink(256);
    /** A page before and after compression: allocated for each row group, so that idle writers hold no pages. */
    private ByteSink body;
    private byte[] compressed;
    private final List<RowGroup> written = new ArrayList<>();
    private long position;
    private int rows;
    private long total;
    private boolean closed;

    /** Where a column chunk is and what its metadata say; its dictionary page, if any, starts it. */
    private record Chunk(long start, long dataOffset, long uncompressed, long compressed, int values, int nulls,
            byte[] min, byte[] max) {
    }

    private record RowGroup(List<Chunk> chunks, int rows) {
    }

    public ParquetWriter(Path file, int rowGroupRows, List<Column> columns) throws IOException {
        if (rowGroupRows < 1 || columns.isEmpty()) {
            throw new IllegalArgumentException("a Parquet file needs columns and row groups of at least one row");
        }
        this.columns = columns.toArray(new Column[0]);
        this.rowGroupRows = rowGroupRows;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        write(MAGIC, MAGIC.length);
    }

    /** Ends the row whose values the columns were given; writes the row group when it is full. */
    public void endRow() throws IOException {
        rows++;
        total++;
        if (rows == rowGroupRows) {
            writeRowGroup();
        }
    }

    /**
     * Writes the rows given since the last row group as a row group of their own (none when there are none), and
     * empties the columns: several writers can then take turns with the same columns.
     */
    public void flush() throws IOException {
        if (rows > 0) {
            writeRowGroup();
        }
    }

    /** Rows written so far. */
    public long rows() {
        return total;
    }

    private void writeRowGroup() throws IOException {
        List<Chunk> chunks = new ArrayList<>(columns.length);
        body = new ByteSink(1 << 16);
        compressed = new byte[1 << 16];
        try {
            for (Column c : columns) {
                if (c.rows != rows) {
                    throw new IllegalStateException(c.name() + " has " + c.rows + " values for " + rows + " rows");
                }
                chunks.add(chunk(c));
                c.reset();
            }
        } finally {
            body = null;
            compressed = null;
        }
        written.add(new RowGroup(chunks, rows));
        rows = 0;
    }

    private Chunk chunk(Column c) throws IOException {
        long start = position;
        long uncompressed = 0;
        if (c instanceof DictionaryColumn d) {
            int size = d.prepare();
            body.clear();
            d.writeDictionary(body);
            uncompressed += page(DICTIONARY_PAGE, size, Column.PLAIN);
        }
        long dataOffset = position;
        body.clear();
        body.int32(0);
        c.writeLevels(body);
        body.int32At(0, body.length() - 4);
        uncompressed += page(DATA_PAGE, c.rows, c.writeValues(body));
        return new Chunk(start, dataOffset, uncompressed, position - start, c.rows, c.nulls, c.min(), c.max());
    }

    /** Compresses {@link #body} and writes it as a page with its header; answers its uncompressed size. */
    private long page(int type, int values, int encoding) throws IOException {
        int max = snappy.maxCompressedLength(body.length());
        if (compressed.length < max) {
            compressed = new byte[Math.max(max, compressed.length * 2)];
        }
        int n = snappy.compress(body.array(), 0, body.length(), compressed, 0, compressed.length);
        header.clear();
        Thrift t = new Thrift(header).begin().i32(1, type).i32(2, body.length()).i32(3, n);
        if (type == DATA_PAGE) {
            t.struct(5).i32(1, values).i32(2, encoding).i32(3, Column.RLE).i32(4, Column.RLE).end();
        } else {
            t.struct(7).i32(1, values).i32(2, encoding).end();
        }
        t.end();
        write(header.array(), header.length());
        write(compressed, n);
        return header.length() + body.length();
    }

    private void write(byte[] b, int n) throws IOException {
        out.write(b, 0, n);
        position += n;
    }

    /** Writes the last row group and the footer, and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            flush();
            ByteSink footer = new ByteSink(1 << 12);
            footer(new Thrift(footer));
            write(footer.array(), footer.length());
            ByteSink tail = new ByteSink(8);
            tail.int32(footer.length());
            write(tail.array(), tail.length());
            write(MAGIC, MAGIC.length);
        }
    }

    private void footer(Thrift t) {
        t.begin().i32(1, 1);
        t.list(2, Thrift.STRUCT, columns.length + 1);
        t.begin().string(4, "schema").i32(5, columns.length).end();
        for (Column c : columns) {
            t.begin().i32(1, c.type()).i32(3, 1).string(4, c.name());
            if (c.convertedType() != Column.NONE) {
                t.i32(6, c.convertedType());
            }
            t.end();
        }
        t.i64(3, total);
        t.list(4, Thrift.STRUCT, written.size());
        for (RowGroup g : written) {
            t.begin().list(1, Thrift.STRUCT, columns.length);
            long bytes = 0;
            long compressedBytes = 0;
            for (int i = 0; i < columns.length; i++) {
                Chunk k = g.chunks.get(i);
                boolean dictionary = columns[i] instanceof DictionaryColumn;
                bytes += k.uncompressed;
                compressedBytes += k.compressed;
                t.begin().i64(2, k.start).struct(3).i32(1, columns[i].type());
                t.list(2, Thrift.I32, dictionary ? 3 : 2);
                if (dictionary) {
                    t.element(Column.PLAIN).element(Column.RLE).element(Column.RLE_DICTIONARY);
                } else {
                    t.element(Column.PLAIN).element(Column.RLE);
                }
                t.list(3, Thrift.BINARY, 1).element(columns[i].name());
                t.i32(4, SNAPPY).i64(5, k.values).i64(6, k.uncompressed).i64(7, k.compressed).i64(9, k.dataOffset);
                if (dictionary) {
                    t.i64(11, k.start);
                }
                t.struct(12).i64(3, k.nulls);
                if (k.max != null) {
                    t.binary(5, k.max).binary(6, k.min);
                }
                t.end().end().end();
            }
            t.i64(2, bytes).i64(3, g.rows).i64(5, g.chunks.get(0).start).i64(6, compressedBytes).end();
        }
        t.string(6, CREATED_BY);
        t.list(7, Thrift.STRUCT, columns.length);
        for (int i = 0; i < columns.length; i++) {
            t.begin().struct(1).end().end();
        }
        t.end();
    }
}
