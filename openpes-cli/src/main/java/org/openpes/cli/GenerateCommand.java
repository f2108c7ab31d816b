package org.openpes.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openpes.generator.GenerationResult;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.CalibrationReport;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic region: employers, CO events, job seekers, vacancies, courses and the "
                + "ground truth, calibrated on the real quarterly CO flows. The same seed gives byte-identical files.",
            "Example: ./openpes generate --region 03 --from 2017 --to 2024 --scale 1.0 --seed 42 --out DIR"})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--region", required = true, description = "ISTAT region code, e.g. 03 (Lombardia).")
    String region;

    @Option(names = "--from", defaultValue = "2017", description = "First year (default ${DEFAULT-VALUE}).")
    int from;

    @Option(names = "--to", defaultValue = "2024", description = "Last year (default ${DEFAULT-VALUE}).")
    int to;

    @Option(names = "--scale", defaultValue = "1.0",
            description = "1.0 = the real volume of the region's CO flows (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--defects", defaultValue = "0",
            description = "Share of good rows followed by a broken record (bad codes, impossible dates, duplicates, "
                    + "truncated rows), to test ingestion (default ${DEFAULT-VALUE}).")
    double defects;

    @Option(names = "--flows", description = "The real quarterly CO flows CSV to calibrate on (default: "
            + "../shared/data/flows/co_regional_quarterly_2017-2024.csv).")
    Path flows = RealFlows.DEFAULT;

    @Option(names = "--report", description = "Also write calibration/calibration.csv and calibration.html "
            + "(generated against real, table and chart).")
    boolean report;

    @Option(names = "--stats", hidden = true, description = "Print a machine-readable stats line (for bench).")
    boolean stats;

    @Override
    public Integer call() {
        GeneratorParams params = new GeneratorParams(region, from, to, scale, seed, out, defects, flows);
        ReferenceData ref = ReferenceData.load();
        Progress progress = new Progress("generate");
        GenerationResult r = new RegionGenerator(ref).generate(params, progress::update);
        System.out.printf(Locale.ROOT, "wrote %s: %,d CO rows, %,d workers, %,d employers, %,d job seekers, "
                + "%,d vacancies, %,d courses in %.1f s (%,.0f events/s)%n", out, r.events(), r.workers(),
                r.employers(), r.seekers(), r.vacancies(), r.courses(), r.elapsed().toMillis() / 1000.0,
                r.eventsPerSecond());
        if (stats) {
            System.out.printf(Locale.ROOT, "stats: events=%d bytes=%d seconds=%.3f peak_rss_kb=%d%n", r.events(),
                    Memory.directorySize(out.resolve("co")), r.elapsed().toNanos() / 1e9, Memory.peakRssKb());
        }
        if (report) {
            CalibrationReport.Summary s = CalibrationReport.write(r, out.resolve("calibration"));
            System.out.printf(Locale.ROOT, "calibration: max |error| %.2f%% over %d quarters x 4 series; "
                    + "report in %s%n", s.maxAbsErrorPercent(), r.quarters().size(), out.resolve("calibration"));
        }
        return 0;
    }
}
