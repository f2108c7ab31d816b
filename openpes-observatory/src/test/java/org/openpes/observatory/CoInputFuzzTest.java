package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.reference.ReferenceData;

/**
 * Random damage to CO files (truncations, stray bytes and quotes, other encodings, missing and extra columns,
 * duplicated rows, mixed line endings, files cut short) must never crash the ingestion, lose a row left intact, or
 * refuse a row without a code and a message. A fixed seed runs in the suite; {@code -Dopenpes.fuzz.rounds=N} runs
 * longer.
 */
class CoInputFuzzTest {
    static final ReferenceData REF = ReferenceData.load();
    static final int ROUNDS = Integer.getInteger("openpes.fuzz.rounds", 12);
    static final long SEED = Long.getLong("openpes.fuzz.seed", 20261207L);

    @TempDir
    Path tmp;

    @Test
    void damagedCsvFilesKeepEveryIntactRowAndQuarantineTheRestWithAReason() throws Exception {
        List<String> good = fixture();
        String header = good.get(0);
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Set<String> intactIds = new HashSet<>();
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            int rows = 0;
            for (int i = 1; i < good.size(); i++) {
                String eol = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
                if (random.nextInt(8) == 0) {
                    file.write(damage(good.get(i), random));
                    file.write(eol.getBytes(StandardCharsets.UTF_8));
                    rows++;
                } else {
                    file.write((good.get(i) + eol).getBytes(StandardCharsets.UTF_8));
                    intactIds.add(good.get(i).substring(0, good.get(i).indexOf(',')));
                    rows++;
                }
            }
            Path csv = tmp.resolve("round" + round + ".csv");
            Files.write(csv, file.toByteArray());
            Path store = tmp.resolve("store" + round);

            IngestReport r = CoFixture.ingest(REF, csv, store);

            Set<String> stored = new HashSet<>();
            for (String e : InputThatCannotHurtTheStoreTest.events(store)) {
                stored.add(e.substring(0, e.indexOf('|')));
            }
            assertThat(stored).as("round %d: every intact row is stored", round).containsAll(intactIds);
            assertThat(r.read()).as("round %d: rows read", round).isGreaterThanOrEqualTo(rows);
            assertThat(r.accepted() + r.quarantined() + r.duplicates()).isEqualTo(r.read());
            for (Map<String, Object> q : CoIngestor.quarantine(store, Integer.MAX_VALUE)) {
                assertThat((String) q.get("code")).matches("OPES-CO-0\\d\\d");
                assertThat((String) q.get("message")).startsWith(q.get("code") + ": round" + round + ".csv row ");
            }
        }
    }

    @Test
    void aFileCutShortAnywhereKeepsEveryCompleteRowBeforeTheCut() throws Exception {
        byte[] whole = (String.join("\n", fixture()) + "\n").getBytes(StandardCharsets.UTF_8);
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            int cut = 1 + random.nextInt(whole.length - 1);
            Path csv = tmp.resolve("cut" + round + ".csv");
            Files.write(csv, java.util.Arrays.copyOf(whole, cut));
            String kept = new String(whole, 0, cut, StandardCharsets.UTF_8);
            long complete = Math.max(0, kept.chars().filter(c -> c == '\n').count() - 1);
            if (cut < CoFixtureHeader.LENGTH) {
                continue; // a header cut short is refused whole (tested elsewhere)
            }
            IngestReport r = CoFixture.ingest(REF, csv, tmp.resolve("cut-store" + round));
            assertThat(r.accepted()).as("cut at byte %d", cut).isGreaterThanOrEqualTo(complete);
            assertThat(r.accepted() + r.quarantined()).isEqualTo(r.read());
        }
    }

    /** The header's length in bytes, with its line break. */
    static final class CoFixtureHeader {
        static final int LENGTH = org.openpes.core.co.CoCsvColumns.HEADER.length() + 1;
    }

    private List<String> fixture() throws Exception {
        CoFixture co = new CoFixture(REF);
        for (int i = 0; i < 400; i++) {
            String day = java.time.LocalDate.of(2023, 3, 1).plusDays(i % 200).toString();
            co.hired(CoFixture.worker(name(i)), day, java.time.LocalDate.parse(day).plusMonths(6).toString());
        }
        return Files.readAllLines(co.write(tmp.resolve("fixture.csv")));
    }

    private static String name(int i) {
        return "FZZ" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    /** One of the ways a row arrives broken, as bytes. */
    private static byte[] damage(String row, Random random) {
        String[] f = row.split(",", -1);
        int at = random.nextInt(f.length);
        switch (random.nextInt(9)) {
            case 0:
                return row.substring(0, random.nextInt(row.length())).getBytes(StandardCharsets.UTF_8);
            case 1:
                f[at] = f[at] + "\"";
                return String.join(",", f).getBytes(StandardCharsets.UTF_8);
            case 2:
                f[at] = "\"" + f[at];
                return String.join(",", f).getBytes(StandardCharsets.UTF_8);
            case 3:
                f[22] = "CCNL Forlì"; // in Latin-1: not UTF-8
                return String.join(",", f).getBytes(StandardCharsets.ISO_8859_1);
            case 4:
                byte[] b = row.getBytes(StandardCharsets.UTF_8);
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                return b;
            case 5:
                return (row + "," + f[at]).getBytes(StandardCharsets.UTF_8);
            case 6:
                List<String> fewer = new ArrayList<>(List.of(f));
                fewer.remove(at);
                return String.join(",", fewer).getBytes(StandardCharsets.UTF_8);
            case 7:
                return (row + "\n" + row).getBytes(StandardCharsets.UTF_8); // sent twice
            default:
                f[at] = "\"" + f[at].replace("\"", "\"\"") + ",\"\"x\"";
                return String.join(",", f).getBytes(StandardCharsets.UTF_8);
        }
    }
}
