package org.openpes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: help for every command, one clear line and a non-zero exit on errors. */
class OpenPesCliTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = OpenPes.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void everyCommandDocumentsItself() {
        for (List<String> cmd : List.of(List.of("--help"), List.of("demo", "--help"), List.of("serve", "--help"),
                List.of("generate", "--help"), List.of("load", "--help"), List.of("lookup", "--help"),
                List.of("bench", "--help"), List.of("bench", "generate", "--help"),
                List.of("bench", "reference", "--help"), List.of("co", "ingest", "--help"),
                List.of("co", "quarantine", "--help"), List.of("indicators", "--help"))) {
            Run r = run(cmd.toArray(String[]::new));
            assertThat(r.exit()).as(cmd.toString()).isZero();
            assertThat(r.out()).as(cmd.toString()).contains("Usage:");
        }
    }

    @Test
    void aLookUpPrintsJson() {
        Run r = run("lookup", "cp2011", "5.2.2.1.0");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"code\" : \"5.2.2.1.0\"").contains("data.europa.eu/esco/occupation");
    }

    @Test
    void errorsAreOneLineWithACodeAndANonZeroExit() {
        Run unknown = run("lookup", "comune", "999999");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo(
                "error: OPES-REF-004: comune '999999' is not in the reference data");
        Run badRegion = run("generate", "--region", "42", "--out", tmp.toString());
        assertThat(badRegion.exit()).isEqualTo(2);
        assertThat(badRegion.err().strip()).startsWith("error: OPES-GEN-001").doesNotContain("\n");
        Run badOption = run("generate", "--region", "03", "--scale", "lots", "--out", tmp.toString());
        assertThat(badOption.exit()).isEqualTo(2);
        assertThat(badOption.err()).contains("error: ").contains("--scale");
        Run missingDir = run("load", "--dir", tmp.resolve("nothing").toString());
        assertThat(missingDir.exit()).isEqualTo(2);
        Run badFormat = run("indicators", "--store", tmp.toString(), "--measure", "hires", "--format", "pdf");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).startsWith("error: OPES-CO-034: --format: 'pdf' is not one of [csv, json, xlsx, "
                + "parquet]");
        Run binaryToTerminal = run("indicators", "--store", tmp.toString(), "--measure", "hires", "--format", "xlsx");
        assertThat(binaryToTerminal.err()).startsWith("error: OPES-CO-034: --out: xlsx is a binary format");
        Run noStore = run("co", "quarantine", "--store", tmp.resolve("none").toString());
        assertThat(noStore.err()).startsWith("error: OPES-CO-034");
    }

    @Test
    void generateWritesARegionAndItsCalibrationReport() throws Exception {
        Path flows = Path.of("../../shared/data/flows/co_regional_quarterly_2017-2024.csv");
        Run r = run("generate", "--region", "03", "--from", "2024", "--to", "2024", "--scale", "0.005", "--out",
                tmp.toString(), "--flows", flows.toString(), "--report");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("CO rows").contains("calibration: max |error|");
        assertThat(Files.readString(tmp.resolve("calibration/calibration.html"))).contains("<svg");
        assertThat(Files.readAllLines(tmp.resolve("calibration/calibration.csv"))).hasSize(1 + 4 * 4);
    }
}
