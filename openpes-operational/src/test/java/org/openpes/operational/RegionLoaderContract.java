package org.openpes.operational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.core.io.TempDirectories;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.load.LoadSchema;
import org.openpes.operational.load.RegionLoader;
import org.openpes.reference.ReferenceData;

/**
 * The contract of the operational store, run on every way of reaching PostgreSQL: a generated region loads whole,
 * and bad files are refused with their line and column, leaving the previous data untouched.
 */
abstract class RegionLoaderContract {
    static final ReferenceData REF = ReferenceData.load();
    static Path region;

    @TempDir
    Path tmp;

    /** The database under test, open and migrated. */
    abstract OperationalDatabase database();

    @BeforeAll
    static void generateRegion() throws IOException {
        if (region == null) {
            region = TempDirectories.create("openpes-load");
            Path flows = RealFlows.locate();
            new RegionGenerator(REF).generate(new GeneratorParams("03", 2023, 2024, 0.01, 5, region, 0, flows),
                    (f, m) -> { });
        }
    }

    private RegionLoader loader() {
        return new RegionLoader(database().dataSource(), new LoadSchema(REF));
    }

    @Test
    void aGeneratedRegionLoadsWholeAndTwiceGivesTheSameCounts() throws Exception {
        var first = loader().load(region, (f, m) -> { });
        var second = loader().load(region, (f, m) -> { });
        assertThat(second.rows()).isEqualTo(first.rows());
        assertThat(first.rows().get("job_seeker")).isEqualTo(lines("seekers.csv"));
        assertThat(first.rows().get("vacancy")).isEqualTo(lines("vacancies.csv"));
        assertThat(first.rows().get("employer")).isEqualTo(lines("employers.csv"));
        assertThat(count("select count(*) from vacancy where hired_seeker_id is not null")).isPositive();
    }

    @Test
    void theGolPattiOfTheRegionLoadWithTheirRevisionsAndActions() throws Exception {
        var report = loader().load(region, (f, m) -> { });
        assertThat(report.rows().get("patto")).isEqualTo(lines("patti.csv")).isPositive();
        assertThat(report.rows().get("patto_action")).isEqualTo(lines("patto_actions.csv"));
        assertThat(count("select count(*) from patto p join patto_revision r on r.patto_id = p.patto_id "
                + "and r.version = p.version where r.state <> p.state")).as("the last revision is the state").isZero();
        assertThat(count("select count(*) from patto_revision where state = 'SIGNED' and at < '2022-07-01'"))
                .as("GOL began in July 2022").isZero();
        assertThat(count("select count(*) from patto where content->>'golPath' is null")).isZero();
        assertThat(count("select count(*) from patto_action where state = 'DONE' and done_on is null")).isZero();
    }

    @Test
    void aRegionWithoutServicesDataStillLoads() throws Exception {
        Path dir = copyWith("employers.csv", 2, l -> l);
        for (String f : List.of("patti.csv", "patto_revisions.csv", "patto_actions.csv")) {
            Files.delete(dir.resolve(f));
        }
        assertThat(loader().load(dir, (f, m) -> { }).rows()).doesNotContainKey("patto");
        assertThat(count("select count(*) from patto")).isZero();
    }

    @Test
    void anImpossibleDateIsRefusedWithFileLineAndColumn() throws Exception {
        Path bad = copyWith("vacancies.csv", 3, line -> line.replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2024-02-30,"));
        assertThatThrownBy(() -> loader().load(bad, (f, m) -> { }))
                .hasMessageStartingWith("OPES-OPS-003: load file vacancies.csv line 3: column 'published_date' "
                        + "value '2024-02-30' is not a date");
    }

    @Test
    void aTruncatedRowAnUnknownComuneAndADuplicateAreRefused() throws Exception {
        Path truncated = copyWith("employers.csv", 2, line -> line.substring(0, line.length() / 2));
        assertThatThrownBy(() -> loader().load(truncated, (f, m) -> { }))
                .hasMessageContaining("employers.csv line 2: expected 6 fields");
        Path unknown = copyWith("courses.csv", 2, line -> line.replaceFirst(",\\d{6},", ",999999,"));
        assertThatThrownBy(() -> loader().load(unknown, (f, m) -> { }))
                .hasMessageContaining("courses.csv line 2: column 'comune' value '999999' is not a known ISTAT comune");
        Path duplicated = copyWith("seekers.csv", 3, line -> Files.readAllLines(region.resolve("seekers.csv")).get(1));
        assertThatThrownBy(() -> loader().load(duplicated, (f, m) -> { }))
                .hasMessageContaining("seekers.csv line 3: duplicate row");
    }

    @Test
    void aBadFiscalCodeIsReportedWithoutPrintingIt() throws Exception {
        String original = Files.readAllLines(region.resolve("seekers.csv")).get(1).split(",")[1];
        String broken = original.substring(0, 15) + (original.charAt(15) == 'Z' ? 'A' : 'Z');
        Path bad = copyWith("seekers.csv", 2, line -> line.replace(original, broken));
        assertThatThrownBy(() -> loader().load(bad, (f, m) -> { }))
                .hasMessageContaining("seekers.csv line 2: column 'fiscal_code' is not a valid fiscal code")
                .hasMessageNotContaining(broken);
    }

    @Test
    void aSeekerWhoseRowContradictsTheFiscalCodeOrTheCalendarIsRefusedWithoutQuotingIt() throws Exception {
        String[] seeker = Files.readAllLines(region.resolve("seekers.csv")).get(1).split(",", -1);
        String code = seeker[1];
        String birth = seeker[5];
        Path lower = copyWith("seekers.csv", 2, line -> line.replace(code, code.toLowerCase(java.util.Locale.ROOT)));
        assertThatThrownBy(() -> loader().load(lower, (f, m) -> { }))
                .hasMessageContaining("seekers.csv line 2: column 'fiscal_code' must be written in capitals")
                .hasMessageNotContaining(code.toLowerCase(java.util.Locale.ROOT));
        Path future = copyWith("seekers.csv", 2, line -> line.replace("," + birth + ",", ",2090-01-01,"));
        assertThatThrownBy(() -> loader().load(future, (f, m) -> { }))
                .hasMessageContaining("seekers.csv line 2: column 'birth_date' is not the birth date of someone of "
                        + "working age").hasMessageNotContaining("2090");
        String otherDay = java.time.LocalDate.parse(birth).plusDays(1).toString();
        Path contradicts = copyWith("seekers.csv", 2, line -> line.replace("," + birth + ",", "," + otherDay + ","));
        assertThatThrownBy(() -> loader().load(contradicts, (f, m) -> { }))
                .hasMessageContaining("seekers.csv line 2: column 'birth_date' differs from the birth date the "
                        + "fiscal code encodes").hasMessageNotContaining(otherDay);
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithTheLineWhereItStopsBeingUtf8() throws Exception {
        Path dir = copyWith("courses.csv", 2, l -> l);
        List<String> lines = Files.readAllLines(dir.resolve("courses.csv"));
        byte[] latin1 = (String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(3).replaceFirst(",", ",Forl\u00ec ")
                + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("courses.csv"), latin1);
        assertThatThrownBy(() -> loader().load(dir, (f, m) -> { }))
                .hasMessageStartingWith("OPES-OPS-003: load file courses.csv line 4: the file is not UTF-8 text");
    }

    @Test
    void hostileTextIsStoredVerbatimAndAFailedLoadKeepsThePreviousData() throws Exception {
        String hostile = "\"Corso'); drop table employer; --\"";
        Path evil = copyWith("courses.csv", 2, line -> line.replaceFirst("^(C\\d+),[^,]*,", "$1," + hostile + ","));
        loader().load(evil, (f, m) -> { });
        assertThat(count("select count(*) from training_course where title like '%drop table employer%'"))
                .isEqualTo(1);
        long employers = count("select count(*) from employer");
        Path broken = copyWith("vacancy_skills.csv", 5, line -> line + ",extra");
        assertThatThrownBy(() -> loader().load(broken, (f, m) -> { })).hasMessageContaining("vacancy_skills.csv line 5");
        assertThat(count("select count(*) from employer")).isEqualTo(employers);
        assertThat(count("select count(*) from training_course where title like '%drop table employer%'"))
                .isEqualTo(1);
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path dir = copyWith("employers.csv", 2, l -> l);
        Files.delete(dir.resolve("vacancies.csv"));
        assertThatThrownBy(() -> loader().load(dir, (f, m) -> { }))
                .hasMessageContaining("vacancies.csv line 0: the file is missing");
    }

    /** A copy of the region with line {@code lineNumber} (1-based, header = 1) of {@code file} rewritten. */
    private Path copyWith(String file, int lineNumber, IoFunction edit) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "region");
        try (Stream<Path> files = Files.list(region)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve(file)));
        lines.set(lineNumber - 1, edit.apply(lines.get(lineNumber - 1)));
        Files.write(dir.resolve(file), lines);
        return dir;
    }

    interface IoFunction {
        String apply(String line) throws IOException;
    }

    private static long lines(String file) throws IOException {
        try (Stream<String> s = Files.lines(region.resolve(file))) {
            return s.count() - 1;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database().dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
