package org.openpes.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.core.co.CoCsvColumns;
import org.openpes.core.identity.EmployerCode;
import org.openpes.core.identity.FiscalCode;
import org.openpes.generator.calibration.CalibrationReport;
import org.openpes.generator.labour.QuarterCounts;

class RegionGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
        GeneratedRegion.generate(tmp.resolve("a"), 7, 0.003, 0.01);
        GeneratedRegion.generate(tmp.resolve("b"), 7, 0.003, 0.01);
        GeneratedRegion.generate(tmp.resolve("c"), 8, 0.003, 0.01);
        Map<String, String> a = digests(tmp.resolve("a"));
        assertThat(a).hasSizeGreaterThan(15).isEqualTo(digests(tmp.resolve("b")));
        assertThat(a.get("co/events_2017-p0.csv")).isNotEqualTo(digests(tmp.resolve("c")).get("co/events_2017-p0.csv"));
    }

    @Test
    void quarterlyHiresAndTerminationsMatchTheRealSeriesWithinFivePercent() throws Exception {
        GenerationResult r = GeneratedRegion.lombardyAtTwoPercent();
        CalibrationReport.Summary s = CalibrationReport.compare(r);
        assertThat(s.lines()).hasSize(32 * 4);
        assertThat(s.maxAbsErrorPercent()).isLessThan(5.0);
        // The shape is the real one: 2020-Q2 (lockdown) is the lowest quarter of hires.
        QuarterCounts low = r.quarters().stream().min((x, y) -> Long.compare(x.hires(), y.hires())).orElseThrow();
        assertThat(low.quarter()).isEqualTo("2020-Q2");
    }

    @Test
    void theGroundTruthStockFollowsHiresMinusTerminationsExactly() throws Exception {
        GenerationResult r = GeneratedRegion.lombardyAtTwoPercent();
        long stock = r.initialStock();
        for (QuarterCounts q : r.quarters()) {
            stock = stock + q.hires() - q.terminations();
            assertThat(q.stockEnd()).as(q.quarter()).isEqualTo(stock);
        }
    }

    @Test
    void everyWorkerAndEmployerCodeIsValidAndEveryRowHasEveryColumn() throws Exception {
        GenerationResult r = GeneratedRegion.lombardyAtTwoPercent();
        Path co = r.params().out().resolve("co");
        Map<String, Long> defects = new HashMap<>();
        r.defects().forEach((d, n) -> defects.put(d.name(), n));
        long badRows = 0;
        long goodRows = 0;
        try (Stream<Path> files = Files.list(co)) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                assertThat(lines.get(0)).isEqualTo(CoCsvColumns.HEADER);
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.split(",", -1);
                    if (fields.length != CoCsvColumns.ALL.size() || !FiscalCode.isValid(fields[10])
                            || fields[18].equals("Z.99.99") || fields[23].endsWith("-02-30")
                            || (!fields[17].isEmpty() && fields[17].compareTo(fields[16]) < 0)) {
                        badRows++;
                        continue;
                    }
                    goodRows++;
                    new EmployerCode(fields[6]);
                    // Nobody starts a contract before the age of 14 (the law's minimum; the generator uses 16).
                    assertThat(java.time.LocalDate.parse(fields[12]).plusYears(14))
                            .isBeforeOrEqualTo(java.time.LocalDate.parse(fields[16]));
                }
            }
        }
        long injectedBroken = r.defects().values().stream().mapToLong(Long::longValue).sum()
                - r.defects().get(org.openpes.generator.output.Defect.DUPLICATE);
        assertThat(badRows).isEqualTo(injectedBroken);
        // Duplicates are exact copies of good rows: they pass the row checks and must be dropped by ingestion.
        assertThat(goodRows).isEqualTo(r.events() + r.defects().get(org.openpes.generator.output.Defect.DUPLICATE));
        assertThat(injectedBroken).isGreaterThan(1000);
    }

    @Test
    void seekersVacanciesAndCoursesAreWrittenAndLinked() throws Exception {
        GenerationResult r = GeneratedRegion.lombardyAtTwoPercent();
        Path out = r.params().out();
        assertThat(Files.readAllLines(out.resolve("seekers.csv"))).hasSize(r.seekers() + 1);
        assertThat(Files.readAllLines(out.resolve("vacancies.csv"))).hasSize(r.vacancies() + 1);
        assertThat(r.vacanciesFilledBySeekers()).isPositive();
        assertThat(Files.readAllLines(out.resolve("courses.csv"))).hasSize(r.courses() + 1);
        List<String> seekerSkills = Files.readAllLines(out.resolve("seeker_skills.csv"));
        assertThat(seekerSkills.stream().filter(l -> l.endsWith(",IMPLIED")).count()).isGreaterThan(r.seekers());
        for (String line : Files.readAllLines(out.resolve("seekers.csv")).subList(1, 200)) {
            assertThat(FiscalCode.isValid(line.split(",")[1])).isTrue();
        }
    }

    @Test
    void anUnknownRegionOrAMissingSeriesIsAClearError() {
        assertThatThrownBy(() -> new GeneratorParams("99", 2017, 2024, 1, 1, tmp, 0, GeneratedRegion.flows()))
                .hasMessageStartingWith("OPES-GEN-001");
        assertThatThrownBy(() -> new RegionGenerator(GeneratedRegion.REF).generate(new GeneratorParams("03", 2010,
                2012, 0.01, 1, tmp, 0, GeneratedRegion.flows()), (f, m) -> { }))
                .hasMessageStartingWith("OPES-GEN-002");
        assertThatThrownBy(() -> new RegionGenerator(GeneratedRegion.REF).generate(new GeneratorParams("03", 2017,
                2018, 0.01, 1, tmp, 0, tmp.resolve("nope.csv")), (f, m) -> { }))
                .hasMessageStartingWith("OPES-GEN-003").hasMessageContaining("nope.csv");
    }

    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), sha256(f));
            }
        }
        return out;
    }

    private static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
