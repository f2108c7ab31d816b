package org.openpes.observatory.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.openpes.observatory.indicators.Cell;
import org.openpes.observatory.indicators.DisclosureControl;
import org.openpes.observatory.indicators.IndicatorQuery;
import org.openpes.reference.ReferenceData;

/**
 * The benchmark's standard indicator set on Spark {@code local[2]}, over a store: run by
 * {@code ./openpes bench observatory} in a child JVM (Spark is kept out of the launcher jar). Prints one line,
 * {@code spark: cells=N suppressed=S open_seconds=A set_seconds=B peak_rss_kb=K}.
 */
public final class SparkStandardSet {
    private SparkStandardSet() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SparkStandardSet STORE");
            System.exit(2);
        }
        long t = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("openpes-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate();
        try {
            SparkStore store = SparkStore.open(spark, Path.of(args[0]), ReferenceData.load());
            double open = (System.nanoTime() - t) / 1e9;
            IndicatorQuery q = IndicatorQuery.standardSet(YearMonth.of(2017, 1), YearMonth.of(2024, 12), 3);
            t = System.nanoTime();
            List<Cell> cells = DisclosureControl.apply(new SparkIndicatorEngine(store).compute(q), q.by().size(),
                    q.k());
            double set = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "spark: cells=%d suppressed=%d open_seconds=%.2f set_seconds=%.2f "
                    + "peak_rss_kb=%d%n", cells.size(), cells.stream().filter(Cell::suppressed).count(), open, set,
                    peakRssKb());
        } finally {
            spark.stop();
        }
    }

    private static long peakRssKb() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1);
    }
}
