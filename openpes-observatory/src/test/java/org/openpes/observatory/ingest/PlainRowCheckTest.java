package org.openpes.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.core.identity.FiscalCode;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.reference.ReferenceData;

/**
 * The fast path agrees with the reference rules: over every row of a generated region with injected defects, and over
 * each row broken on purpose one field at a time (emptied, cut, in lower case, with a space, a digit changed, another
 * row's value, odd numbers and impossible dates), a row the fast path accepts is accepted by {@link CoRowValidator}
 * and stored as the same line. And the fast path does take the good rows, or it would be no faster.
 */
class PlainRowCheckTest {
    static final ReferenceData REF = ReferenceData.load();
    static final String KEY = "plain-row-check-key-0123456789abcdef";
    static List<String> lines = new ArrayList<>();
    static String header;

    @TempDir
    static Path tmp;

    /** Counts of one comparison run. */
    static final class Tally {
        int rows;
        int referenceAccepted;
        int fastAccepted;
    }

    @BeforeAll
    static void generate() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("region"));
        new RegionGenerator(REF).generate(new GeneratorParams("03", 2023, 2024, 0.004, 5, out, 0.05,
                RealFlows.locate()), (f, m) -> { });
        try (Stream<Path> files = Files.list(out.resolve("co"))) {
            for (Path f : files.sorted().toList()) {
                List<String> all = Files.readAllLines(f);
                header = all.get(0);
                lines.addAll(all.subList(1, all.size()));
            }
        }
    }

    @Test
    void everyGeneratedRowTheFastPathAcceptsIsAcceptedByTheRulesWithTheSameLine() {
        Tally t = compare(lines);
        assertThat(t.rows).isGreaterThan(20_000);
        assertThat(t.referenceAccepted).isLessThan(t.rows); // the injected defects are refused
        // Nearly every good row takes the fast path (a correction quoting a CCNL, say, may not).
        assertThat(t.fastAccepted).isGreaterThan(t.referenceAccepted * 99 / 100);
    }

    @Test
    void rowsBrokenOneFieldAtATimeAreNeverAcceptedByTheFastPathAlone() {
        Random random = new Random(7);
        List<String> broken = new ArrayList<>();
        for (int n = 0; n < 4_000; n++) {
            String[] f = lines.get(random.nextInt(lines.size())).split(",", -1);
            String[] other = lines.get(random.nextInt(lines.size())).split(",", -1);
            int i = random.nextInt(Math.min(f.length, other.length));
            f[i] = mutate(f[i], other[i], random);
            broken.add(String.join(",", f));
        }
        Tally t = compare(broken);
        assertThat(t.referenceAccepted).isLessThan(t.rows * 9 / 10); // most mutations break a rule
        assertThat(t.fastAccepted).isGreaterThan(0);
    }

    @Test
    void formsOnlyTheRulesReadAreLeftToThem() {
        String[] f = lines.stream().map(l -> l.split(",", -1)).filter(x -> x[1].equals("HIRE") && x[2].equals(
                "ORDINARY")).findFirst().orElseThrow();
        String[] lower = f.clone();
        lower[10] = f[10].toLowerCase(Locale.ROOT); // the rules read a fiscal code in lower case
        String[] padded = f.clone();
        padded[15] = "+" + f[15]; // "+5": an education level with a sign
        Tally t = compare(List.of(String.join(",", lower), String.join(",", padded)));
        assertThat(t.referenceAccepted).isEqualTo(2);
        assertThat(t.fastAccepted).isZero();
    }

    @Test
    void aWorkerTurning14TheDayAfterTheStartIsLeftToTheRulesWhichRefuseIt() {
        String[] f = lines.stream().map(l -> l.split(",", -1)).filter(x -> x[1].equals("HIRE") && x[2].equals(
                "ORDINARY")).findFirst().orElseThrow();
        java.time.LocalDate start = java.time.LocalDate.parse(f[16]);
        FiscalCode worker = FiscalCode.parse(f[10]);
        List<String> rows = new ArrayList<>();
        for (java.time.LocalDate birth : List.of(start.minusYears(14), start.minusYears(14).plusDays(1))) {
            String[] g = f.clone();
            g[10] = FiscalCode.compose(f[10].substring(0, 6), birth, worker.sex(), worker.birthplaceCadastralCode())
                    .value();
            g[12] = birth.toString();
            rows.add(String.join(",", g));
        }
        Tally t = compare(rows);
        assertThat(t.referenceAccepted).isEqualTo(1); // 14 on the start date; the other is refused (OPES-CO-029)
        assertThat(t.fastAccepted).isEqualTo(1);
    }

    private static String mutate(String value, String other, Random random) {
        switch (random.nextInt(11)) {
            case 0:
                return "";
            case 1:
                return value.isEmpty() ? "x" : value.substring(0, random.nextInt(value.length()));
            case 2:
                return value.toLowerCase(Locale.ROOT);
            case 3:
                return " " + value;
            case 4:
                return other;
            case 5: {
                char[] c = value.toCharArray();
                for (int k = 0; k < c.length; k++) {
                    if (Character.isDigit(c[k])) {
                        c[k] = (char) ('0' + (c[k] - '0' + 1 + random.nextInt(9)) % 10);
                        break;
                    }
                }
                return new String(c);
            }
            case 6:
                return List.of("0", "9", "61", "+5", "05", "-1", "100").get(random.nextInt(7));
            case 7:
                return List.of("2024-02-30", "2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024/01/01")
                        .get(random.nextInt(6));
            case 8:
                return value + value;
            case 9:
                return List.of("HIRE", "EXTENSION", "TRANSFORMATION", "TERMINATION", "ORDINARY", "CORRECTION",
                        "ANNULMENT", "2007", "2025", "M", "F", "IT", "RO", "UL").get(random.nextInt(14));
            default:
                return value + "\u007f";
        }
    }

    /** Runs both paths over the rows, asserting the fast path never accepts what the rules would not store alike. */
    private static Tally compare(List<String> rows) {
        CoRowValidator rules = new CoRowValidator(REF, new Pseudonymiser(KEY));
        byte[] csv = (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        Tally t = new Tally();
        try (InputStream in = new ByteArrayInputStream(csv)) {
            CsvRecords reader = new CsvRecords(in, "co.csv", org.openpes.core.co.CoCsvColumns.ALL);
            EventLine fast = new EventLine();
            EventLine reference = new EventLine();
            for (CsvRecords.Row r = reader.next(); r != null; r = reader.next()) {
                t.rows++;
                boolean fastAccepts = rules.plainRows().accept(r, fast);
                Object outcome = rules.validate("co.csv", r.line(), r.fields());
                if (outcome instanceof AcceptedEvent e) {
                    t.referenceAccepted++;
                    if (fastAccepts) {
                        reference.of(e);
                        assertThat(fast.toString()).as("row %d", r.line()).isEqualTo(reference.toString());
                        assertThat(fast.eventDay).isEqualTo(reference.eventDay);
                    }
                } else {
                    assertThat(fastAccepts).as("row %d, refused by the rules: %s", r.line(), outcome).isFalse();
                }
                if (fastAccepts) {
                    t.fastAccepted++;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return t;
    }
}
