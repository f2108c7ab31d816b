package org.openpes.observatory.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by {@link ParquetWriter}, read back by real DuckDB: values, nulls, types and statistics. */
class ParquetWriterTest {
    private static final String[] COMUNI = {"015146", "015077", "016024", "017029", "012026", "Zürich-ü"};

    @TempDir
    Path dir;

    /** One hire-like row: ids, codes (some missing), dates, numbers. */
    private record Row(String id, String comune, String endDate, Integer hours, Long line) {
    }

    private static List<Row> rows(int n, long seed) {
        Random r = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String comune = r.nextInt(10) == 0 ? null : COMUNI[r.nextInt(COMUNI.length)];
            String end = r.nextInt(3) == 0 ? null : LocalDate.of(2017, 1, 1).plusDays(r.nextInt(3000)).toString();
            Integer hours = r.nextInt(7) == 0 ? null : r.nextInt(60) + 1;
            rows.add(new Row("CO" + (100_000_000L + r.nextInt(900_000_000)), comune, end, hours,
                    r.nextLong() >> r.nextInt(40)));
        }
        return rows;
    }

    private Path write(List<Row> rows, int rowGroupRows) throws Exception {
        Path file = dir.resolve("events-" + rows.size() + "-" + rowGroupRows + ".parquet");
        Column id = Column.text("communication_id");
        Column comune = Column.dictionary("workplace_comune");
        Column end = Column.date("planned_end_date");
        Column hours = Column.int32("weekly_hours");
        Column line = Column.int64("row_number");
        try (ParquetWriter w = new ParquetWriter(file, rowGroupRows, List.of(id, comune, end, hours, line))) {
            for (Row r : rows) {
                byte[] b = r.id.getBytes(StandardCharsets.US_ASCII);
                id.add(b, 0, b.length);
                comune.add(r.comune);
                byte[] e = r.endDate == null ? new byte[0] : r.endDate.getBytes(StandardCharsets.US_ASCII);
                end.add(e, 0, e.length);
                hours.add(r.hours == null ? null : r.hours.toString());
                line.add(r.line.toString());
                w.endRow();
            }
            assertThat(w.rows()).isEqualTo(rows.size());
        }
        return file;
    }

    @Test
    void duckdbReadsBackEveryValueAndNullAcrossRowGroups() throws Exception {
        List<Row> rows = rows(25_000, 7);
        Path file = write(rows, 4_096);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select communication_id, workplace_comune, planned_end_date, "
                        + "weekly_hours, row_number from read_parquet('" + file + "')")) {
            assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("VARCHAR");
            assertThat(rs.getMetaData().getColumnTypeName(2)).isEqualTo("VARCHAR");
            assertThat(rs.getMetaData().getColumnTypeName(3)).isEqualTo("DATE");
            assertThat(rs.getMetaData().getColumnTypeName(4)).isEqualTo("INTEGER");
            assertThat(rs.getMetaData().getColumnTypeName(5)).isEqualTo("BIGINT");
            List<Row> read = new ArrayList<>();
            while (rs.next()) {
                read.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getLong(5)));
            }
            assertThat(read).containsExactlyElementsOf(rows);
        }
    }

    @Test
    void statisticsBoundEachRowGroupSoThatFiltersSkipNothingTheyNeed() throws Exception {
        List<Row> rows = rows(10_000, 11);
        Path file = write(rows, 1_000);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (int g = 0; g < 10; g++) {
                List<Row> group = rows.subList(g * 1_000, (g + 1) * 1_000);
                ResultSet rs = st.executeQuery("select path_in_schema, stats_min_value, stats_max_value, "
                        + "stats_null_count, num_values from parquet_metadata('" + file + "') where row_group_id = "
                        + g + " order by column_id");
                rs.next();
                assertThat(rs.getString(2)).isEqualTo(group.stream().map(Row::id).min(String::compareTo).get());
                assertThat(rs.getString(3)).isEqualTo(group.stream().map(Row::id).max(String::compareTo).get());
                rs.next();
                assertThat(rs.getString(2)).isEqualTo(group.stream().map(Row::comune)
                        .filter(v -> v != null).min(ParquetWriterTest::utf8Order).get());
                assertThat(rs.getString(3)).isEqualTo(group.stream().map(Row::comune)
                        .filter(v -> v != null).max(ParquetWriterTest::utf8Order).get());
                assertThat(rs.getLong(4)).isEqualTo(group.stream().filter(r -> r.comune == null).count());
                rs.next();
                assertThat(rs.getString(2)).isEqualTo(group.stream().map(Row::endDate)
                        .filter(v -> v != null).min(String::compareTo).get());
                rs.next();
                assertThat(rs.getInt(3)).isEqualTo(group.stream().map(Row::hours).filter(v -> v != null)
                        .max(Integer::compare).get());
                rs.next();
                assertThat(rs.getLong(2)).isEqualTo(group.stream().mapToLong(Row::line).min().getAsLong());
            }
            // Filters on dates and codes use these statistics: the counts must be those of the rows.
            String last = rows.stream().map(Row::endDate).filter(v -> v != null).max(String::compareTo).get();
            ResultSet rs = st.executeQuery("select count(*) filter (where planned_end_date = date '" + last + "'), "
                    + "count(*) filter (where workplace_comune = '016024') from read_parquet('" + file + "')");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rows.stream().filter(r -> last.equals(r.endDate)).count());
            assertThat(rs.getLong(2)).isEqualTo(rows.stream().filter(r -> "016024".equals(r.comune)).count());
        }
    }

    private static int utf8Order(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFileAndAnAllNullColumnAreReadable() throws Exception {
        Path empty = write(List.of(), 100);
        Path file = dir.resolve("all-null.parquet");
        Column comune = Column.dictionary("workplace_comune");
        Column end = Column.date("planned_end_date");
        try (ParquetWriter w = new ParquetWriter(file, 2, List.of(comune, end))) {
            for (int i = 0; i < 3; i++) {
                comune.addNull();
                end.addNull();
                w.endRow();
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select count(*) from read_parquet('" + empty + "')");
            rs.next();
            assertThat(rs.getLong(1)).isZero();
            rs = st.executeQuery("select count(*), count(workplace_comune), count(planned_end_date) from "
                    + "read_parquet('" + file + "')");
            rs.next();
            assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).containsExactly(3L, 0L, 0L);
        }
    }

    @Test
    void aValueThatIsNotItsTypeIsRefusedAndTheRowStaysOpen() throws Exception {
        Column end = Column.date("planned_end_date");
        Column hours = Column.int32("weekly_hours");
        byte[] bad = "2024-02-30".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> end.add(bad, 0, bad.length)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planned_end_date").hasMessageContaining("2024-02-30");
        assertThatThrownBy(() -> hours.add("99999999999")).hasMessageContaining("weekly_hours");
        assertThatThrownBy(() -> hours.add("4O")).hasMessageContaining("not a number");
        Path file = dir.resolve("mismatch.parquet");
        try (ParquetWriter w = new ParquetWriter(file, 10, List.of(end, hours))) {
            end.add("2024-02-29");
            hours.add("38");
            w.endRow();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select planned_end_date::varchar, weekly_hours from read_parquet('"
                        + file + "')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("2024-02-29");
            assertThat(rs.getInt(2)).isEqualTo(38);
            assertThat(rs.next()).isFalse();
        }
    }
}
