package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpes.core.co.CoCsvColumns;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.reference.ReferenceData;

/**
 * A sender's file cannot lose or corrupt good rows: an unclosed quote is one quarantined row wherever it stands, the
 * columns are read by name, CR line endings are read, a file without a header is refused whole, the same rows with
 * other line endings are recognised as stored, two ingestions into one store queue, and the quarantine keeps no
 * fiscal code or birth date.
 */
class InputThatCannotHurtTheStoreTest {
    static final ReferenceData REF = ReferenceData.load();
    /** Enough rows (about 1 MB) that an unclosed quote near the start would swallow more than a record may hold. */
    static final int HIRES = 3_000;

    @TempDir
    Path tmp;

    /** Three thousand people hired by the trattoria in 2023, one a day in turn. */
    private List<String> lines() throws Exception {
        CoFixture co = new CoFixture(REF);
        for (int i = 0; i < HIRES; i++) {
            String day = java.time.LocalDate.of(2023, 1, 2).plusDays(i % 300).toString();
            co.hired(CoFixture.worker(letters(i)), day, java.time.LocalDate.parse(day).plusMonths(3).toString());
        }
        return Files.readAllLines(co.write(tmp.resolve("fixture.csv")));
    }

    /** Six distinct letters for person {@code i}. */
    private static String letters(int i) {
        char[] c = new char[6];
        for (int k = 5; k >= 0; k--) {
            c[k] = (char) ('A' + i % 26);
            i /= 26;
        }
        return new String(c);
    }

    private Path write(String name, List<String> lines, String eol) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, String.join(eol, lines) + eol, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest(name = "the broken row at line {0}")
    @ValueSource(ints = {2, 1_500, 3_001})
    void anUnclosedQuoteIsQuarantinedOnItsLineAndEveryOtherRowIsKept(int brokenLine) throws Exception {
        List<String> lines = lines();
        String[] f = lines.get(brokenLine - 1).split(",", -1);
        f[22] = "\"CCNL turismo"; // the quote is never closed
        lines.set(brokenLine - 1, String.join(",", f));
        Path store = tmp.resolve("store");

        IngestReport r = CoFixture.ingest(REF, write("co.csv", lines, "\n"), store);

        assertThat(r.read()).isEqualTo(HIRES);
        assertThat(r.accepted()).isEqualTo(HIRES - 1);
        assertThat(r.quarantinedByCode()).containsOnly(Map.entry("OPES-CO-037", 1L));
        Map<String, Object> refused = CoIngestor.quarantine(store, 10).get(0);
        assertThat(refused.get("row")).isEqualTo((long) brokenLine);
        assertThat(refused.get("message")).isEqualTo("OPES-CO-037: co.csv row " + brokenLine
                + ": a quoted field is not closed on its line (the next line was read as a row of its own)");
        assertThat((String) refused.get("raw")).contains(",\"CCNL turismo").doesNotContain("\n");
    }

    @Test
    void columnsInAnotherOrderStoreTheSameEventsAsTheCanonicalOrder() throws Exception {
        List<String> lines = lines().subList(0, 200);
        Path canonical = tmp.resolve("canonical");
        CoFixture.ingest(REF, write("a.csv", lines, "\n"), canonical);

        int n = CoCsvColumns.ALL.size();
        List<String> reordered = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(",", -1);
            String[] g = new String[n];
            for (int i = 0; i < n; i++) {
                g[i] = f[n - 1 - i]; // every column reversed: workplace and residence change places too
            }
            reordered.add(String.join(",", g));
        }
        Path other = tmp.resolve("reordered");
        IngestReport r = CoFixture.ingest(REF, write("b.csv", reordered, "\n"), other);

        assertThat(r.accepted()).isEqualTo(199);
        assertThat(events(other)).isEqualTo(events(canonical)).hasSize(199);
    }

    @Test
    void aFileWithoutAHeaderIsRefusedWholeNamingTheColumnsItLacks() throws Exception {
        List<String> lines = lines().subList(1, 50);
        Path store = tmp.resolve("store");
        Path file = write("noheader.csv", lines, "\n");
        assertThatThrownBy(() -> CoFixture.ingest(REF, file, store))
                .isInstanceOf(OpenPesException.class)
                .hasMessageStartingWith("OPES-CO-036: noheader.csv: the header lacks the columns communication_id, ")
                .hasMessageEndingWith("(is the first line a header?); nothing was read from this file");
        assertThat(CoIngestor.quarantine(store, 10)).isEmpty();
    }

    @Test
    void loneCrLineEndingsAreReadAndACopyWithOtherLineEndingsIsAlreadyStored() throws Exception {
        List<String> lines = lines().subList(0, 300);
        Path store = tmp.resolve("store");
        IngestReport cr = CoFixture.ingest(REF, write("cr.csv", lines, "\r"), store);
        assertThat(cr.read()).isEqualTo(299);
        assertThat(cr.accepted()).isEqualTo(299);

        IngestReport lf = CoFixture.ingest(REF, write("lf.csv", lines, "\n"), store);
        IngestReport crlf = CoFixture.ingest(REF, write("crlf.csv", lines, "\r\n"), store);
        assertThat(lf.batchesAlreadyPresent()).isEqualTo(1);
        assertThat(crlf.batchesAlreadyPresent()).isEqualTo(1);
        assertThat(events(store)).hasSize(299);
    }

    @Test
    void twoIngestionsIntoOneStoreAtOnceQueueAndBothLand() throws Exception {
        List<String> lines = lines();
        Path first = write("first.csv", lines.subList(0, 1_500), "\n");
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        second.addAll(lines.subList(1_500, lines.size()));
        Path secondFile = write("second.csv", second, "\n");
        Path store = tmp.resolve("store");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<IngestReport> a = two.submit(() -> CoFixture.ingest(REF, first, store));
            Future<IngestReport> b = two.submit(() -> CoFixture.ingest(REF, secondFile, store));
            assertThat(a.get().accepted() + b.get().accepted()).isEqualTo(HIRES);
        } finally {
            two.shutdownNow();
        }
        assertThat(events(store)).hasSize(HIRES);
    }

    @Test
    void theQuarantineHoldsNoFiscalCodeNorBirthDateInItsTextOrItsMessages() throws Exception {
        List<String> lines = new ArrayList<>(lines().subList(0, 4));
        String[] a = lines.get(1).split(",", -1);
        String code = a[10];
        String birth = a[12];
        a[23] = "x" + code + "y"; // a fiscal code glued to other text in the event-date column
        lines.set(1, String.join(",", a));
        String[] b = lines.get(2).split(",", -1);
        b[12] = b[12].replace('-', '/'); // a birth date in another form: refused, and quoted in the message
        lines.set(2, String.join(",", b));
        String[] c = lines.get(3).split(",", -1);
        lines.set(3, String.join(",", java.util.Arrays.copyOf(c, 20)) + ",\"quoted, field\""); // truncated
        Path store = tmp.resolve("store");

        IngestReport r = CoFixture.ingest(REF, write("co.csv", lines, "\n"), store);

        assertThat(r.accepted()).isZero();
        List<Map<String, Object>> refused = CoIngestor.quarantine(store, 10);
        assertThat(refused).hasSize(3);
        for (Map<String, Object> q : refused) {
            String all = q.get("raw") + " " + q.get("message");
            assertThat(all).doesNotContain(code).doesNotContain(birth).doesNotContain(birth.replace('-', '/'))
                    .doesNotContainPattern("[A-Z]{6}\\d{2}[A-Z]\\d{2}[A-Z]\\d{3}[A-Z]");
        }
        assertThat((String) refused.get(0).get("raw")).contains("x################y");
        assertThat((String) refused.get(2).get("message")).startsWith("OPES-CO-001: co.csv row 4: 21 fields");
        assertThat((String) refused.get(2).get("raw")).endsWith(",\"quoted, field\""); // quoting kept
    }

    /** Every stored event, as text, in order, without the batch id. */
    static List<String> events(Path store) throws Exception {
        String glob = store.resolve("batches").toString() + "/*/events/**/*.parquet";
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select * exclude (batch) from read_parquet('" + glob
                        + "', hive_partitioning = true) order by communication_id")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
