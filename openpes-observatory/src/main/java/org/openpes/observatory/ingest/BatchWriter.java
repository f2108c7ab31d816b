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
 * <p>Each quarter's events are first written as plain CSV bytes (every value is a checked code, key, number or ISO
 * date: no quoting is ever needed) and turned into Parquet by DuckDB once the quarter holds {@link #PART_ROWS}
 * rows, then deleted, so memory and staging space do not grow with the file. This is faster than DuckDB's Java
 * appender, which crosses into native code for every value (about 100–400 ns each, measured). DuckDB is capped at
 * {@link #MEMORY_LIMIT} and spills to the staging directory beyond it.
 */
final class BatchWriter implements AutoCloseable {
    /** Rows per Parquet file (several row groups each). */
    static final int PART_ROWS = 1_000_000;
    static final String MEMORY_LIMIT = "500MB";

    private final DuckDBConnection connection;
    private final Statement st;
    private final Path staging;
    private final byte[] batch;
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

        void text(String v) {
            int n = v.length();
            if (len + n + 1 > buf.length) {
                drain();
            }
            for (int i = 0; i < n; i++) {
                buf[len++] = (byte) v.charAt(i);
            }
        }

        void text(byte[] v) {
            if (len + v.length + 1 > buf.length) {
                drain();
            }
            System.arraycopy(v, 0, buf, len, v.length);
            len += v.length;
        }

        void number(int v) {
            text(Integer.toString(v));
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

    BatchWriter(Path staging, String batch) throws SQLException {
        this.staging = staging;
        this.batch = batch.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        this.st = connection.createStatement();
        st.execute("set memory_limit = '" + MEMORY_LIMIT + "'");
        st.execute("set temp_directory = '" + sql(staging.resolve(".spill")) + "'");
        st.execute("set preserve_insertion_order = false");
        st.execute("create table quarantine (code varchar, message varchar, file varchar, row_number bigint, "
                + "raw varchar)");
        refused = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quarantine");
    }

    void accept(AcceptedEvent e) throws IOException, SQLException {
        Part p = partOf(e.eventDay());
        p.text(e.communicationId());
        p.sep(',');
        p.text(e.eventType());
        p.sep(',');
        p.text(e.kind());
        p.sep(',');
        p.text(e.correctsId());
        p.sep(',');
        p.text(e.sendingDate());
        p.sep(',');
        p.text(e.employerKey());
        p.sep(',');
        p.text(e.ateco());
        p.sep(',');
        p.text(e.ateco2025());
        p.sep(',');
        p.text(e.section());
        p.sep(',');
        p.text(e.workplaceComune());
        p.sep(',');
        p.text(e.province());
        p.sep(',');
        p.text(e.workerKey());
        p.sep(',');
        p.text(e.sex());
        p.sep(',');
        p.text(e.ageClass());
        p.sep(',');
        p.text(e.citizenshipGroup());
        p.sep(',');
        p.text(e.residenceComune());
        p.sep(',');
        p.number(e.education());
        p.sep(',');
        p.text(e.startDate());
        p.sep(',');
        p.text(e.plannedEndDate());
        p.sep(',');
        p.text(e.contractType());
        p.sep(',');
        p.text(e.contractGroup());
        p.sep(',');
        p.text(e.workingTime());
        p.sep(',');
        p.number(e.weeklyHours());
        p.sep(',');
        p.text(e.cp2011());
        p.sep(',');
        p.text(e.eventDate());
        p.sep(',');
        p.text(e.extensionEndDate());
        p.sep(',');
        p.text(e.transformationCode());
        p.sep(',');
        p.text(e.terminationReason());
        p.sep(',');
        p.text(batch);
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
        st.execute("copy quarantine to '" + sql(staging.resolve("quarantine.parquet")) + "' (format parquet)");
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
        String name = p.csv.getFileName().toString().replace(".csv", ".parquet");
        st.execute("copy (select * from read_csv('" + sql(p.csv) + "', header = false, auto_detect = false, "
                + "delim = ',', quote = '', escape = '', columns = " + EventTable.COLUMNS + ")) to '"
                + sql(dir.resolve(name)) + "' (format parquet)");
        Files.delete(p.csv);
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
