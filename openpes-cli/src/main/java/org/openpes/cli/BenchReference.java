package org.openpes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.source.ReferenceSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reference", mixinStandardHelpOptions = true,
        description = {"Time loading all the reference data (target: 3 s). The first run is cold (class loading, "
                + "JIT); the median is over the following runs.",
            "Baseline, same run: only decompressing and reading every byte of the same files, no parsing."})
final class BenchReference implements Callable<Integer> {
    private static final List<String> FILES = List.of("esco/occupations_en.csv", "esco/skills_en.csv",
            "esco/occupationSkillRelations.csv", "esco/ISCOGroups_en.csv", "esco/ISCOGroups_it_esco_v1.1.csv",
            "esco/broaderRelationsOccPillar.csv", "esco/broaderRelationsSkillPillar.csv", "esco/skillGroups_en.csv",
            "esco/skillSkillRelations.csv", "esco/skillsHierarchy_en.csv", "esco/greenSkillsCollection_en.csv",
            "esco/digitalSkillsCollection_en.csv", "esco/languageSkillsCollection_en.csv",
            "esco/transversalSkillsCollection_en.csv", "esco/occupation_labels_multilang.tsv",
            "istat/comuni_situas_2025-10-16.csv", "ateco/ateco2025_structure.csv", "ateco/ateco2007_to_2025.csv",
            "cp2011/cp2011_esco_crosswalk_2021-04-23.csv", "cpi/cpi_03.csv", "cpi/comuni_to_cpi_03.csv");

    @Option(names = "--runs", defaultValue = "7", description = "Runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        double[] load = new double[runs];
        double[] baseline = new double[runs];
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            bytes = readAll();
            baseline[i] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            ReferenceData ref = ReferenceData.load();
            load[i] = (System.nanoTime() - t) / 1e9;
            if (ref.esco().occupations().size() != 3007) {
                throw new IllegalStateException("reference data incomplete");
            }
        }
        double loadMedian = median(Arrays.copyOfRange(load, 1, runs));
        double baseMedian = median(Arrays.copyOfRange(baseline, 1, runs));
        System.out.printf(Locale.ROOT, "reference data: %d files, %.1f MB uncompressed%n", FILES.size(),
                bytes / 1e6);
        System.out.printf(Locale.ROOT, "load, cold (first run):      %.3f s%n", load[0]);
        System.out.printf(Locale.ROOT, "load, median of %d warm runs: %.3f s  (%.1f MB/s)  all runs: %s%n",
                runs - 1, loadMedian, bytes / 1e6 / loadMedian, fmt(load));
        System.out.printf(Locale.ROOT, "baseline (gunzip + read only), median: %.3f s  all runs: %s%n", baseMedian,
                fmt(baseline));
        System.out.printf(Locale.ROOT, "ratio load / baseline: %.2f   peak RSS: %d MB   target cold load <= 3 s: %s%n",
                loadMedian / baseMedian, Memory.peakRssKb() / 1024, load[0] <= 3.0 ? "met" : "NOT met");
        return 0;
    }

    private static long readAll() throws IOException {
        ReferenceSource source = ReferenceSource.bundled();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (String f : FILES) {
            try (InputStream in = source.open(f)) {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    total += n;
                }
            }
        }
        return total;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String fmt(double[] values) {
        List<String> out = new ArrayList<>();
        for (double d : values) {
            out.add(String.format(Locale.ROOT, "%.2f", d));
        }
        return String.join(" ", out);
    }
}
