package org.openpes.observatory.spark;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.openpes.observatory.indicators.Dimension;
import org.openpes.observatory.indicators.DisclosureControl;
import org.openpes.observatory.indicators.IndicatorQuery;
import org.openpes.observatory.indicators.IndicatorTable;
import org.openpes.observatory.indicators.Measure;
import org.openpes.reference.ReferenceData;

/**
 * Entry point for {@code spark-submit}: computes an indicator table on the cluster over a store's Parquet files and
 * prints the CSV (after disclosure control). Arguments: STORE MEASURES BREAKDOWNS FROM TO [K], e.g.
 * {@code /data/store hires,stock province,quarter 2022-01 2024-12 3}. docs/observatory.md shows the command.
 */
public final class SparkIndicators {
    private SparkIndicators() {
    }

    public static void main(String[] args) {
        if (args.length < 5) {
            System.err.println("usage: SparkIndicators STORE MEASURES BREAKDOWNS|- FROM TO [K]");
            System.exit(2);
        }
        List<Measure> measures = Arrays.stream(args[1].split(",")).map(Measure::parse).toList();
        List<Dimension> by = args[2].equals("-") ? List.of()
                : Arrays.stream(args[2].split(",")).map(Dimension::parse).toList();
        int k = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        IndicatorQuery q = new IndicatorQuery(measures, by, Map.of(), YearMonth.parse(args[3]),
                YearMonth.parse(args[4]), k);
        SparkSession spark = SparkSession.builder().appName("openpes-indicators").getOrCreate();
        try {
            SparkStore store = SparkStore.open(spark, Path.of(args[0]), ReferenceData.load());
            var cells = DisclosureControl.apply(new SparkIndicatorEngine(store).compute(q), by.size(), k);
            System.out.print(new IndicatorTable(by, cells).csv());
        } finally {
            spark.stop();
        }
    }
}
