package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.observatory.indicators.Cell;
import org.openpes.observatory.indicators.Dimension;
import org.openpes.observatory.indicators.DuckDbIndicatorEngine;
import org.openpes.observatory.indicators.IndicatorQuery;
import org.openpes.observatory.indicators.Measure;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;

/**
 * The stock counts contracts and, separately, distinct workers: a worker with two open contracts in the same cell
 * counts twice as contracts and once as a worker. The stock is computed as a running sum of starts and ends, with
 * the excess of workers counted from the spells that overlap (docs/indicators.md); this checks both at period ends.
 */
class StockOfConcurrentContractsTest {
    static final ReferenceData REF = ReferenceData.load();

    @TempDir
    Path tmp;

    @Test
    void aWorkerWithTwoOpenContractsCountsTwiceAsContractsAndOnceAsAWorker() throws Exception {
        String giulia = CoFixture.worker("GLIGGG");
        String marco = CoFixture.worker("MRCMMM");
        String luca = CoFixture.worker("LCULLL");
        String sara = CoFixture.worker("SRASSS");
        Path file = new CoFixture(REF)
                .hired(giulia, "2023-01-02", "2023-12-31")
                .hired(giulia, "2023-02-01", "2023-06-30") // a second job at the same time, same cell
                .hired(marco, "2023-01-10", "2023-12-31")
                .hired(luca, "2022-12-01", "2023-12-31").terminated(luca, "2022-12-01", "2023-12-31", "2023-02-15")
                .hired(sara, "2023-01-05", "2023-01-31") // one after the other: never two at once
                .hired(sara, "2023-03-01", "2023-09-30")
                .write(tmp.resolve("fixture.csv"));
        Path store = tmp.resolve("store");
        CoFixture.ingest(REF, file, store);
        try (EventStore s = EventStore.open(store, REF)) {
            DuckDbIndicatorEngine engine = new DuckDbIndicatorEngine(s.connection());
            // Open at the end of the day: a contract ending on the period's last day is no longer counted.
            assertThat(stock(engine, List.of(Dimension.QUARTER), YearMonth.of(2023, 1), YearMonth.of(2023, 12)))
                    .isEqualTo(Map.of("2023-Q1", "4/3", "2023-Q2", "3/3", "2023-Q3", "2/2"));
            assertThat(stock(engine, List.of(Dimension.MONTH), YearMonth.of(2023, 2), YearMonth.of(2023, 2)))
                    .isEqualTo(Map.of("2023-02", "3/2"));
            assertThat(stock(engine, List.of(), YearMonth.of(2023, 1), YearMonth.of(2023, 3)))
                    .isEqualTo(Map.of("", "4/3"));
            assertThat(stock(engine, List.of(Dimension.QUARTER, Dimension.SEX), YearMonth.of(2023, 1),
                    YearMonth.of(2023, 3))).isEqualTo(Map.of("2023-Q1|M", "4/3"));
            // A period filter keeps the period ends it names (./openpes indicators ... --filter quarter=2023-Q2).
            assertThat(stock(engine, List.of(Dimension.QUARTER), Map.of(Dimension.QUARTER, "2023-Q2"),
                    YearMonth.of(2023, 1), YearMonth.of(2023, 12))).isEqualTo(Map.of("2023-Q2", "3/3"));
            // Without a period breakdown, the filter still names the period end: the stock at 30 June.
            assertThat(stock(engine, List.of(Dimension.SEX), Map.of(Dimension.QUARTER, "2023-Q2"),
                    YearMonth.of(2023, 1), YearMonth.of(2023, 12))).isEqualTo(Map.of("M", "3/3"));
            // QWI at one employer, 2023-Q2: at the start Giulia holds two contracts (4 contracts, 3 workers); through
            // the quarter Giulia's first, Marco's and Sara's stay open (3/3); the employer goes from 4 to 3 positions:
            // no creation, one destroyed. Creation and destruction rest on the larger workforce of B and E (3).
            List<Cell> qwi = engine.compute(new IndicatorQuery(List.of(Measure.BEGINNING, Measure.FULL_QUARTER,
                    Measure.JOB_CREATION, Measure.JOB_DESTRUCTION), List.of(Dimension.QUARTER), Map.of(),
                    YearMonth.of(2023, 1), YearMonth.of(2023, 6), 1));
            assertThat(qwi.stream().collect(Collectors.toMap(c -> c.key().get(0) + " " + c.measure().label(),
                    c -> c.value() + "/" + c.workers()))).isEqualTo(Map.of(
                            "2023-Q1 beginning", "1/1", "2023-Q1 full_quarter", "0/0", "2023-Q1 job_creation", "3/3",
                            "2023-Q1 job_destruction", "0/3",
                            "2023-Q2 beginning", "4/3", "2023-Q2 full_quarter", "3/3", "2023-Q2 job_creation", "0/3",
                            "2023-Q2 job_destruction", "1/3"));
        }
    }

    /** Cells as "key" → "contracts/workers". */
    private static Map<String, String> stock(DuckDbIndicatorEngine engine, List<Dimension> by, YearMonth from,
            YearMonth to) {
        return stock(engine, by, Map.of(), from, to);
    }

    private static Map<String, String> stock(DuckDbIndicatorEngine engine, List<Dimension> by,
            Map<Dimension, String> filters, YearMonth from, YearMonth to) {
        List<Cell> cells = engine.compute(new IndicatorQuery(List.of(Measure.STOCK), by, filters, from, to, 1));
        return cells.stream().collect(Collectors.toMap(c -> String.join("|", c.key()),
                c -> c.value() + "/" + c.workers()));
    }
}
