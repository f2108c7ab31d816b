package org.openpes.observatory.indicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A published indicator table: one row per cell, suppressed cells marked and without a value. */
public record IndicatorTable(List<Dimension> by, List<Cell> cells) {

    public IndicatorTable {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparing((Cell c) -> String.join("\u0000", c.key()))
                .thenComparing(c -> c.measure().ordinal()));
        cells = List.copyOf(sorted);
    }

    /** CSV: one header row, then one row per cell; a suppressed cell has an empty value and suppressed=true. */
    public String csv() {
        StringBuilder sb = new StringBuilder();
        by.forEach(d -> sb.append(d.label()).append(','));
        sb.append("measure,value,suppressed\n");
        for (Cell c : cells) {
            c.key().forEach(v -> sb.append(v == null ? "" : v).append(','));
            sb.append(c.measure().label()).append(',').append(c.suppressed() ? "" : Long.toString(c.value()))
                    .append(',').append(c.suppressed()).append('\n');
        }
        return sb.toString();
    }

    /** One map per cell: the breakdown values, the measure, the value (null when suppressed), the flag. */
    public List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Cell c : cells) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < by.size(); i++) {
                row.put(by.get(i).label(), c.key().get(i));
            }
            row.put("measure", c.measure().label());
            row.put("value", c.suppressed() ? null : c.value());
            row.put("suppressed", c.suppressed());
            rows.add(row);
        }
        return rows;
    }

    /** The same table as a one-sheet workbook: the CSV's header and rows, values as numbers. */
    public byte[] xlsx() {
        List<String> header = new ArrayList<>();
        by.forEach(d -> header.add(d.label()));
        header.addAll(List.of("measure", "value", "suppressed"));
        List<List<Object>> out = new ArrayList<>();
        for (Cell c : cells) {
            List<Object> row = new ArrayList<>(c.key());
            row.add(c.measure().label());
            row.add(c.suppressed() ? null : c.value());
            row.add(c.suppressed());
            out.add(row);
        }
        return XlsxSheet.of("indicators", header, out);
    }

    /**
     * Writes the table as one Parquet file (breakdowns and measure as text, value as BIGINT, null when suppressed,
     * suppressed as BOOLEAN), through DuckDB.
     */
    public void parquet(Path file) throws IOException {
        Path csv = Files.createTempFile("openpes-indicators", ".csv");
        try {
            Files.writeString(csv, csv());
            StringBuilder columns = new StringBuilder("{");
            by.forEach(d -> columns.append('\'').append(d.label()).append("': 'VARCHAR', "));
            columns.append("'measure': 'VARCHAR', 'value': 'BIGINT', 'suppressed': 'BOOLEAN'}");
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
                st.execute("copy (select * from read_csv('" + sql(csv) + "', header = true, auto_detect = false, "
                        + "columns = " + columns + ")) to '" + sql(file) + "' (format parquet)");
            } catch (SQLException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    public String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
