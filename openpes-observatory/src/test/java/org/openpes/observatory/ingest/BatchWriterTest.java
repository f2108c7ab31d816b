package org.openpes.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch whose events fall in many quarters, written with small sizes so that every path runs: full row groups,
 * quarters written out early when the batch holds too many lines, files completed at their size. DuckDB must read back
 * every event in its quarter's partition, as written.
 */
class BatchWriterTest {
    @TempDir
    Path staging;

    /** A fixed-term hire in Milano, on {@code day}, of worker {@code n}. */
    private static String hire(int n, LocalDate day) {
        return String.join(",", String.format("CO%08d", n), "HIRE", "ORDINARY", "", day.minusDays(1).toString(),
                "01234567890", "47.11.10", "47.11.10", "G", "015146", "015", String.format("%032x", n), n % 2 == 0
                        ? "F" : "M", "25-34", "IT", "015146", Integer.toString(n % 9), day.toString(),
                day.plusMonths(6).toString(), "A.03.00", "FIXED_TERM", "F", "38", "5.1.2.2.0", day.toString(), "", "",
                "");
    }

    @Test
    void eventsOfManyQuartersAreAllWrittenInTheirPartitionsWithBoundedRowGroupsAndFiles() throws Exception {
        List<String> lines = new ArrayList<>();
        EventLine line = new EventLine();
        try (BatchWriter out = new BatchWriter(staging, "b1", 50, 120, 300)) {
            for (int n = 0; n < 2_000; n++) {
                // Spread over the 12 quarters of 2018-2020, most of them in 2019 (the "hot" quarters).
                LocalDate day = n % 3 == 0 ? LocalDate.of(2018, 1, 1).plusDays(n % 1_095)
                        : LocalDate.of(2019, 1, 1).plusDays(n % 365);
                String text = hire(n, day);
                lines.add(text + ",b1," + day.getYear() + "," + ((day.getMonthValue() + 2) / 3));
                line.clear().text(text);
                line.eventDay = (int) day.toEpochDay();
                out.accept(line);
            }
            out.finish();
        }
        String glob = staging.resolve("events") + "/*/*/*.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            List<String> read = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select * exclude (year, quarter), year, quarter from "
                    + "read_parquet('" + glob + "', hive_partitioning = true)")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(rs.getString(i) == null ? "" : rs.getString(i));
                    }
                    read.add(String.join(",", values));
                }
            }
            assertThat(read).containsExactlyInAnyOrderElementsOf(lines);
            ResultSet rs = st.executeQuery("select max(row_group_num_rows), count(distinct row_group_id) > 1 from "
                    + "parquet_metadata('" + glob + "')");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(50);
            assertThat(rs.getBoolean(2)).isTrue();
            rs = st.executeQuery("select max(n), count(*) from (select count(*) n from read_parquet('" + glob
                    + "', filename = true) group by filename)");
            rs.next();
            assertThat(rs.getLong(1)).isBetween(300L, 349L);
            assertThat(rs.getLong(2)).isGreaterThan(12);
        }
    }
}
