package org.openpes.observatory.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpes.observatory.parquet.Column;
import org.openpes.observatory.parquet.ParquetWriter;

/**
 * Writes one batch into its staging directory: accepted events as Parquet under
 * {@code events/year=YYYY/quarter=Q/part-NNNNN.parquet}, refused rows in {@code quarantine.parquet}.
 *
 * <p>Each quarter keeps its events' {@link EventLine}s until it has a row group's worth ({@link #ROW_GROUP_ROWS}),
 * then they are written into its Parquet file through one set of columns that all quarters share
 * ({@link ParquetWriter}, ADR 0010). When the quarters of a file hold more than {@link #BUFFERED_ROWS} lines in
 * all (old files spread over many quarters), the fullest one is written out early, as a smaller row group. A Parquet
 * file is completed once it holds {@link #PART_ROWS} rows. So memory does not grow with the input.
 */
final class BatchWriter implements AutoCloseable {
    /** Rows per Parquet file (several row groups each). */
    static final int PART_ROWS = 1_000_000;
    /** Rows per row group: DuckDB's own size, the unit its scans run in parallel. */
    static final int ROW_GROUP_ROWS = 122_880;
    /** Lines kept in all quarters of a batch before the fullest is written out early. */
    static final int BUFFERED_ROWS = 2 * ROW_GROUP_ROWS;

    private final Path staging;
    private final byte[] batch;
    private final int rowGroupRows;
    private final int bufferedRows;
    private final int partRows;
    private final Map<Integer, Part> open = new HashMap<>();
    /** The event table's columns, filled by one quarter at a time. */
    private final List<Column> columns = EventTable.columns();
    private final List<Column> refusedColumns = List.of(Column.dictionary("code"), Column.text("message"),
            Column.dictionary("file"), Column.int64("row_number"), Column.text("raw"));
    private final ParquetWriter refused;
    private Part last;
    private int parts;
    private int buffered;

    /** A quarter's Parquet file and the lines not written into it yet: events with an event date in [from, to]. */
    private static final class Part {
        final int year;
        final int quarter;
        final int from;
        final int to;
        final ParquetWriter out;
        byte[] lines = new byte[1 << 12];
        int length;
        int rows;

        Part(int year, int quarter, Path file, List<Column> columns, int rowGroupRows) throws IOException {
            this.year = year;
            this.quarter = quarter;
            LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
            this.from = (int) first.toEpochDay();
            this.to = (int) first.plusMonths(3).toEpochDay() - 1;
            this.out = new ParquetWriter(file, rowGroupRows, columns);
        }

        void add(EventLine line) {
            int n = line.length();
            if (length + n + 1 > lines.length) {
                lines = Arrays.copyOf(lines, Math.max(lines.length * 2, length + n + 1));
            }
            System.arraycopy(line.bytes(), 0, lines, length, n);
            length += n;
            lines[length++] = '\n';
            rows++;
        }
    }

    BatchWriter(Path staging, String batch) throws IOException {
        this(staging, batch, ROW_GROUP_ROWS, BUFFERED_ROWS, PART_ROWS);
    }

    /** With other sizes (for tests). */
    BatchWriter(Path staging, String batch, int rowGroupRows, int bufferedRows, int partRows) throws IOException {
        this.staging = staging;
        this.batch = batch.getBytes(StandardCharsets.US_ASCII);
        this.rowGroupRows = rowGroupRows;
        this.bufferedRows = bufferedRows;
        this.partRows = partRows;
        this.refused = new ParquetWriter(staging.resolve("quarantine.parquet"), 10_000, refusedColumns);
    }

    /** Adds an accepted event, from its line, to its quarter. */
    void accept(EventLine line) throws IOException {
        Part p = partOf(line.eventDay);
        p.add(line);
        buffered++;
        if (p.rows == rowGroupRows) {
            write(p, false);
        } else if (buffered > bufferedRows) {
            write(open.values().stream().max(Comparator.comparingInt(q -> q.rows)).orElseThrow(), true);
        }
    }

    /**
     * Writes a quarter's lines into its Parquet file as one row group; its file is completed once it holds
     * {@code partRows} rows. Written {@code early}, its line buffer is given back.
     */
    private void write(Part p, boolean early) throws IOException {
        byte[] b = p.lines;
        int lastColumn = EventTable.LINE.size() - 1;
        int from = 0;
        for (int row = 0; row < p.rows; row++) {
            for (int i = 0; i <= lastColumn; i++) {
                int to = from;
                while (b[to] != ',' && b[to] != '\n') {
                    to++;
                }
                if ((b[to] == '\n') != (i == lastColumn)) {
                    throw new IllegalStateException("an event line without the " + (lastColumn + 1) + " values of "
                            + "the event table");
                }
                columns.get(i).add(b, from, to);
                from = to + 1;
            }
            columns.get(lastColumn + 1).add(batch, 0, batch.length);
            p.out.endRow();
        }
        p.out.flush();
        buffered -= p.rows;
        p.rows = 0;
        p.length = 0;
        if (early) {
            p.lines = new byte[1 << 12];
        }
        if (p.out.rows() >= partRows) {
            close(p);
        }
    }

    void refuse(Violation v, String file, long row, String maskedRaw) throws IOException {
        refusedColumns.get(0).add(v.code().code());
        refusedColumns.get(1).add(v.message());
        refusedColumns.get(2).add(file);
        refusedColumns.get(3).add(Long.toString(row));
        refusedColumns.get(4).add(maskedRaw);
        refused.endRow();
    }

    /** Writes what is left and the quarantine; the staging directory is then complete. */
    void finish() throws IOException {
        for (Part p : open.values().toArray(new Part[0])) {
            write(p, true);
            close(p);
        }
        refused.close();
    }

    private Part partOf(int day) throws IOException {
        if (last != null && day >= last.from && day <= last.to) {
            return last;
        }
        LocalDate d = LocalDate.ofEpochDay(day);
        int quarter = (d.getMonthValue() + 2) / 3;
        int key = d.getYear() * 10 + quarter;
        Part p = open.get(key);
        if (p == null) {
            Path dir = staging.resolve("events").resolve("year=" + d.getYear()).resolve("quarter=" + quarter);
            Files.createDirectories(dir);
            p = new Part(d.getYear(), quarter, dir.resolve(String.format(Locale.ROOT, "part-%05d.parquet", ++parts)),
                    columns, rowGroupRows);
            open.put(key, p);
        }
        last = p;
        return p;
    }

    /** Completes a quarter's Parquet file (its lines written); the quarter's next events go to a new one. */
    private void close(Part p) throws IOException {
        if (open.remove(p.year * 10 + p.quarter) == null) {
            return;
        }
        if (last == p) {
            last = null;
        }
        p.out.close();
    }

    /** Closes what is still open (after a failure: the staging directory is removed on the next run). */
    @Override
    public void close() {
        for (Part p : open.values()) {
            try {
                p.out.close();
            } catch (IOException | RuntimeException e) {
                // the batch failed already
            }
        }
        try {
            refused.close();
        } catch (IOException | RuntimeException e) {
            // idem
        }
    }
}
