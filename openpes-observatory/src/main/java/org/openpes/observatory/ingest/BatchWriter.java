package org.openpes.observatory.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * <p>Each event's {@link EventLine} goes straight into the Parquet file of its quarter ({@link ParquetWriter}, ADR
 * 0010): row groups of {@link #ROW_GROUP_ROWS} rows are written as they fill, and a file holds at most
 * {@link #PART_ROWS} rows, so memory does not grow with the input.
 */
final class BatchWriter implements AutoCloseable {
    /** Rows per Parquet file (several row groups each). */
    static final int PART_ROWS = 1_000_000;
    /** Rows per row group: DuckDB's own size, the unit its scans run in parallel. */
    static final int ROW_GROUP_ROWS = 122_880;

    private final Path staging;
    private final byte[] batch;
    private final Map<Integer, Part> open = new HashMap<>();
    private final List<Column> refusedColumns = List.of(Column.dictionary("code"), Column.text("message"),
            Column.dictionary("file"), Column.int64("row_number"), Column.text("raw"));
    private final ParquetWriter refused;
    private Part last;
    private int parts;

    /** The Parquet file being filled for one quarter: events with an event date in [from, to]. */
    private static final class Part {
        final int year;
        final int quarter;
        final int from;
        final int to;
        final Column[] columns;
        final ParquetWriter out;

        Part(int year, int quarter, Path file) throws IOException {
            this.year = year;
            this.quarter = quarter;
            LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
            this.from = (int) first.toEpochDay();
            this.to = (int) first.plusMonths(3).toEpochDay() - 1;
            List<Column> all = EventTable.columns();
            this.columns = all.toArray(new Column[0]);
            this.out = new ParquetWriter(file, ROW_GROUP_ROWS, all);
        }
    }

    BatchWriter(Path staging, String batch) throws IOException {
        this.staging = staging;
        this.batch = batch.getBytes(StandardCharsets.US_ASCII);
        this.refused = new ParquetWriter(staging.resolve("quarantine.parquet"), 10_000, refusedColumns);
    }

    /** Adds an accepted event, from its line, to the Parquet file of its quarter. */
    void accept(EventLine line) throws IOException {
        Part p = partOf(line.eventDay);
        byte[] b = line.bytes();
        int end = line.length();
        int from = 0;
        int last = EventTable.LINE.size() - 1;
        for (int i = 0; i < last; i++) {
            int to = from;
            while (to < end && b[to] != ',') {
                to++;
            }
            if (to == end) {
                throw new IllegalStateException("an event line with " + (i + 1) + " of " + (last + 1) + " values");
            }
            p.columns[i].add(b, from, to);
            from = to + 1;
        }
        p.columns[last].add(b, from, end);
        p.columns[last + 1].add(batch, 0, batch.length);
        p.out.endRow();
        if (p.out.rows() >= PART_ROWS) {
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
            p = new Part(d.getYear(), quarter, dir.resolve(String.format(Locale.ROOT, "part-%05d.parquet", ++parts)));
            open.put(key, p);
        }
        last = p;
        return p;
    }

    /** Completes a quarter's Parquet file; the quarter's next events go to a new one. */
    private void close(Part p) throws IOException {
        open.remove(p.year * 10 + p.quarter);
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
