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

    @Test
    void forecastWritesOneRowPerSeriesAndQuarterAfterTheLastOneOfTheRealFile() throws Exception {
        Path flows = org.openpes.generator.calibration.RealFlows.locate();
        Run r = run("forecast", "--series", flows.toString(), "--horizon", "3", "--format", "csv", "--level", "region");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("region,flow,unit,quarter,forecast,lo80,hi80,lo95,hi95");
        // the regions of the file (Bolzano and Trento apart, and the total) × 2 flows × 2 units × 3 quarters
        assertThat(lines).hasSize(1 + 22 * 2 * 2 * 3);
        assertThat(lines.subList(1, 4)).extracting(l -> l.split(",")[3]).containsExactly("2025-Q1", "2025-Q2",
                "2025-Q3");
        // seasonal naive: Abruzzo's hires (workers) of 2025-Q1 are those of 2024-Q1 in the file
        String q1 = Files.readAllLines(flows).stream().filter(l -> l.startsWith("Abruzzo;2024;1;")
                && l.contains(";avviamenti;")).findFirst().orElseThrow();
        long workers = Math.round(Double.parseDouble(q1.split(";")[6]));
        assertThat(lines.get(1)).startsWith("Abruzzo,avviamenti,lavoratori,2025-Q1," + workers + ",");
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            double lo95 = Double.parseDouble(f[7]);
            double lo80 = Double.parseDouble(f[5]);
            double point = Double.parseDouble(f[4]);
            assertThat(lo95).isLessThanOrEqualTo(lo80);
            assertThat(lo80).isLessThanOrEqualTo(point);
            assertThat(point).isLessThanOrEqualTo(Double.parseDouble(f[6]));
        }
        Run store = run("forecast", "--series", tmp.toString());
        assertThat(store.exit()).isNotZero();
        assertThat(store.err()).contains("OPES-FCS-002").contains("a store directory");
        Run backtest = run("forecast", "backtest", "--series", flows.toString(), "--out",
                tmp.resolve("checks.csv").toString());
        assertThat(backtest.exit()).isZero();
        assertThat(backtest.out()).contains("MASE").contains("cover 80%").containsPattern("all\\s+2772");
        assertThat(Files.readAllLines(tmp.resolve("checks.csv"))).hasSize(1 + 2772);
    }
}
