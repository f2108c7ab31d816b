package org.openpes.observatory.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes one batch into its staging directory: accepted events as Parquet under
 * {@code events/year=YYYY/quarter=Q/part-NNNNN.parquet}, refused rows in {@code quarantine.parquet}.
 *
 * <p>Each quarter's events are first written as plain CSV bytes ({@link EventLine}s; the batch id is added by DuckDB
 * as a constant) and turned into Parquet by DuckDB once the quarter holds {@link #PART_ROWS} rows, then deleted, so
 * memory and staging space do not grow with the file. This is faster than DuckDB's Java appender, which crosses into
 * native code for every value (about 100–400 ns each, measured). DuckDB reads the coded columns as ENUM types of
 * their {@link StoredCodes}, so that its Parquet writer takes their dictionaries as they are instead of hashing every
 * value (ADR 0009). DuckDB is capped at {@link #MEMORY_LIMIT} and spills to the staging directory beyond it.
 */
final class BatchWriter implements AutoCloseable {
    /** Rows per Parquet file (several row groups each). */
    static final int PART_ROWS = 1_000_000;
    static final String MEMORY_LIMIT = "500MB";

    private final DuckDBConnection connection;
    private final Path staging;
    private final String batch;
    private final StoredCodes codes;
    /** Quarters written as plain strings because a value was missing from its codes (none expected). */
    int plainCopies;
    private final Map<Integer, Part> open = new HashMap<>();
    private final DuckDBAppender refused;
    private Part last;
    private int parts;

    /** The CSV being filled for one quarter: events with an event date in [from, to]. */
    private static final class Part {
        final int year;
        final int quarter;
        final int from;
        final int to;
        final Path csv;
        final OutputStream out;
        final byte[] buf = new byte[1 << 16];
        int len;
        int rows;

        Part(int year, int quarter, Path csv) throws IOException {
            this.year = year;
            this.quarter = quarter;
            LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
            this.from = (int) first.toEpochDay();
            this.to = (int) first.plusMonths(3).toEpochDay() - 1;
            this.csv = csv;
            this.out = Files.newOutputStream(csv);
        }

        void bytes(byte[] v, int n) {
            if (len + n + 1 > buf.length) {
                drain();
            }
            if (n + 1 > buf.length) {
                write(v, n);
                return;
            }
            System.arraycopy(v, 0, buf, len, n);
            len += n;
        }

        private void write(byte[] v, int n) {
            try {
                out.write(v, 0, n);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void sep(char c) {
            buf[len++] = (byte) c;
        }

        void drain() {
            try {
                out.write(buf, 0, len);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            len = 0;
        }
    }

    /**
     * {@code threads} is DuckDB's share of the cores: with one batch written per core at once, one thread each keeps
     * the cores busy without the two batches' DuckDB threads competing (measured at 5M events: 18.9 s with one
     * thread against 22.5 s with two, medians of 4 runs).
     */
    BatchWriter(Path staging, String batch, int threads, StoredCodes codes) throws SQLException {
        this.staging = staging;
        this.batch = batch;
        this.codes = codes;
        this.connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        run("set memory_limit = '" + MEMORY_LIMIT + "'");
        run("set temp_directory = '" + sql(staging.resolve(".spill")) + "'");
        run("set preserve_insertion_order = false");
        run("set threads = " + threads);
        for (String type : codes.createTypes()) {
            run(type);
        }
        run("create table quarantine (code varchar, message varchar, file varchar, row_number bigint, "
                + "raw varchar)");
        refused = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quarantine");
    }

    /** Adds an accepted event, as its line, to the staging CSV of its quarter. */
    void accept(EventLine line) throws IOException, SQLException {
        Part p = partOf(line.eventDay);
        p.bytes(line.bytes(), line.length());
        p.sep('\n');
        if (++p.rows >= PART_ROWS) {
            writeOut(p);
        }
    }

    void refuse(Violation v, String file, long row, String maskedRaw) throws SQLException {
        refused.beginRow();
        refused.append(v.code().code());
        refused.append(v.message());
        refused.append(file);
        refused.append(row);
        refused.append(maskedRaw);
        refused.endRow();
    }

    /** Writes what is left and the quarantine; the staging directory is then complete. */
    void finish() throws IOException, SQLException {
        for (Part p : open.values().toArray(new Part[0])) {
            writeOut(p);
        }
        refused.flush();
        run("copy quarantine to '" + sql(staging.resolve("quarantine.parquet")) + "' (format parquet)");
        CoIngestor.deleteTree(staging.resolve(".spill"));
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
            p = new Part(d.getYear(), quarter, staging.resolve(String.format(Locale.ROOT, "part-%05d.csv", ++parts)));
            open.put(key, p);
        }
        last = p;
        return p;
    }

    /** Turns a quarter's CSV into a Parquet file of its partition and deletes the CSV. */
    private void writeOut(Part p) throws IOException, SQLException {
        p.drain();
        p.out.close();
        open.remove(p.year * 10 + p.quarter);
        if (last == p) {
            last = null;
        }
        Path dir = staging.resolve("events").resolve("year=" + p.year).resolve("quarter=" + p.quarter);
        Files.createDirectories(dir);
        Path parquet = dir.resolve(p.csv.getFileName().toString().replace(".csv", ".parquet"));
        try {
            copy(p.csv, codes.types(), parquet);
        } catch (SQLException e) {
            // A value outside its codes would mean StoredCodes lags behind the rules: the same rows, as plain strings.
            Files.deleteIfExists(parquet);
            plainCopies++;
            copy(p.csv, Map.of(), parquet);
        }
        Files.delete(p.csv);
    }

    private void copy(Path csv, Map<String, String> types, Path parquet) throws SQLException {
        run("copy (select *, '" + batch + "' as batch from read_csv('" + sql(csv) + "', header = false, "
                + "auto_detect = false, delim = ',', quote = '', escape = '', columns = " + EventTable.columns(types)
                + ")) to '" + sql(parquet) + "' (format parquet)");
    }

    /** Runs one statement on its own: DuckDB closes a statement whose execution failed. */
    private void run(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static String sql(Path p) {
        return p.toString().replace("'", "''");
    }

    @Override
    public void close() throws SQLException {
        try {
            for (Part p : open.values()) {
                try {
                    p.out.close();
                } catch (IOException e) {
                    // the batch failed already; its staging directory is removed on the next run
                }
            }
            refused.close();
        } finally {
            connection.close();
        }
    }
}
