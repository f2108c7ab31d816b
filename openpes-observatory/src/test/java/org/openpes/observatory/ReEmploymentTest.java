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
import org.openpes.observatory.indicators.ReEmployment;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;

class ReEmploymentTest {
    static final ReferenceData REF = ReferenceData.load();

    @TempDir
    Path tmp;

    /**
     * Anna and Bruno (born 1990) and Carla and Dario (born 2000) leave in 2023-Q1; the last event in the store is
     * Dario's return on 30 March 2024, so Carla is followed for 381 days. Whole region: shares 1/4, 1/4, 2/4, 3/4 and
     * the median 120 days. By age class: 30-34 (Anna 20 days, Bruno 120) has median 20, since S(20) = 1/2; 15-24
     * (Carla censored, Dario 365) has median 365; each horizon's counts add up to the region's.
     */
    @Test
    void sharesByHorizonAndTheKaplanMeierMedianOfFourWorkersLeavingInTheFirstQuarterWholeAndByAgeClass()
            throws Exception {
        String anna = CoFixture.worker("NNAAAA");
        String bruno = CoFixture.worker("BRNBBB");
        String carla = CoFixture.worker("CRLCCC", 2000);
        String dario = CoFixture.worker("DRADDD", 2000);
        Path file = new CoFixture(REF)
                .hired(anna, "2022-11-02", "2023-06-30").terminated(anna, "2022-11-02", "2023-06-30", "2023-01-31")
                .hired(anna, "2023-02-20", "2023-12-31") // back after 20 days
                .hired(bruno, "2022-10-03", "2023-02-28") // ends naturally on 2023-02-28, no communication
                .hired(bruno, "2023-06-28", "2023-12-31") // back after 120 days
                .hired(carla, "2022-09-01", "2023-09-30").terminated(carla, "2022-09-01", "2023-09-30", "2023-03-15")
                // carla never comes back: censored at the last date in the store
                .hired(dario, "2022-12-01", "2023-12-31").terminated(dario, "2022-12-01", "2023-12-31", "2023-03-31")
                .hired(dario, "2024-03-30", "2024-06-30") // back after 365 days
                .write(tmp.resolve("fixture.csv"));
        Path store = tmp.resolve("store");
        IngestReport report = CoFixture.ingest(REF, file, store);
        assertThat(report.accepted()).isEqualTo(report.read()).isEqualTo(10);
        try (EventStore s = EventStore.open(store, REF)) {
            ReEmployment.Result r = ReEmployment.compute(new DuckDbIndicatorEngine(s.connection()),
                    YearMonth.of(2023, 1), YearMonth.of(2023, 3));
            assertThat(r.cohort()).isEqualTo(4);
            assertThat(r.share(30)).isEqualTo(0.25);
            assertThat(r.share(90)).isEqualTo(0.25);
            assertThat(r.share(180)).isEqualTo(0.5);
            assertThat(r.share(365)).isEqualTo(0.75);
            assertThat(r.medianDays()).isEqualTo(120L);

            List<Measure> measures = List.of(Measure.LEAVERS_30, Measure.REEMPLOYED_30, Measure.LEAVERS_90,
                    Measure.REEMPLOYED_90, Measure.LEAVERS_180, Measure.REEMPLOYED_180, Measure.LEAVERS_365,
                    Measure.REEMPLOYED_365, Measure.REEMPLOYMENT_MEDIAN_DAYS);
            var q = new IndicatorQuery(measures, List.of(Dimension.AGE_CLASS), Map.of(), YearMonth.of(2023, 1),
                    YearMonth.of(2023, 3), 1);
            Map<String, Long> byAge = new DuckDbIndicatorEngine(s.connection()).compute(q).stream()
                    .collect(Collectors.toMap(c -> c.measure().label() + " " + String.join("|", c.key()),
                            Cell::value));
            assertThat(byAge).isEqualTo(Map.ofEntries(
                    Map.entry("leavers_30 30-34", 2L), Map.entry("reemployed_30 30-34", 1L),
                    Map.entry("leavers_90 30-34", 2L), Map.entry("reemployed_90 30-34", 1L),
                    Map.entry("leavers_180 30-34", 2L), Map.entry("reemployed_180 30-34", 2L),
                    Map.entry("leavers_365 30-34", 2L), Map.entry("reemployed_365 30-34", 2L),
                    Map.entry("reemployment_median_days 30-34", 20L),
                    Map.entry("leavers_30 15-24", 2L), Map.entry("reemployed_30 15-24", 0L),
                    Map.entry("leavers_90 15-24", 2L), Map.entry("reemployed_90 15-24", 0L),
                    Map.entry("leavers_180 15-24", 2L), Map.entry("reemployed_180 15-24", 0L),
                    Map.entry("leavers_365 15-24", 2L), Map.entry("reemployed_365 15-24", 1L),
                    Map.entry("reemployment_median_days 15-24", 365L)));
            for (int h : ReEmployment.HORIZONS) {
                assertThat(byAge.get("leavers_" + h + " 30-34") + byAge.get("leavers_" + h + " 15-24"))
                        .isEqualTo(r.withinDays().get(h)[0]);
                assertThat(byAge.get("reemployed_" + h + " 30-34") + byAge.get("reemployed_" + h + " 15-24"))
                        .isEqualTo(r.withinDays().get(h)[1]);
            }
        }
    }

    /**
     * The measures leavers_90 and reemployed_90, broken down like any flow. Elisa started a second job before her
     * first one ended: her re-hire is the first start after the end, 50 days later, not the overlapping one. Franco's
     * end cannot be followed for 90 days (the last event is on 28 June 2023), so he counts in neither measure. Nor
     * does Gianni, who leaves on 31 May and is back on 20 June: he is re-hired, but the others who leave in 2023-Q2
     * cannot be followed for 90 days either, and counting only the re-hired would make Q2's rate 100%.
     */
    @Test
    void reEmploymentAtNinetyDaysByQuarterCountsTheFirstHireAfterTheEndAndOnlyWorkersFollowedForNinetyDays()
            throws Exception {
        String anna = CoFixture.worker("NNAAAA");
        String bruno = CoFixture.worker("BRNBBB");
        String elisa = CoFixture.worker("LSEEEE");
        String franco = CoFixture.worker("FRNFFF");
        String gianni = CoFixture.worker("GNNGGG");
        Path file = new CoFixture(REF)
                .hired(anna, "2022-11-02", "2023-06-30").terminated(anna, "2022-11-02", "2023-06-30", "2023-01-31")
                .hired(anna, "2023-02-20", "2023-12-31") // back after 20 days
                .hired(bruno, "2022-10-03", "2023-02-28")
                .hired(bruno, "2023-06-28", "2023-12-31") // back after 120 days
                .hired(elisa, "2022-10-01", "2023-12-31").terminated(elisa, "2022-10-01", "2023-12-31", "2023-02-10")
                .hired(elisa, "2023-01-15", "2023-03-31") // overlaps the first job: not a re-hire after it
                .hired(elisa, "2023-04-01", "2023-12-31") // back 50 days after 10 February
                .hired(franco, "2023-01-09", "2023-03-31")
                .hired(gianni, "2023-03-01", "2023-05-31")
                .hired(gianni, "2023-06-20", "2023-12-31") // back after 20 days, but 31 May + 90 is after 28 June
                .write(tmp.resolve("fixture.csv"));
        Path store = tmp.resolve("store");
        CoFixture.ingest(REF, file, store);
        try (EventStore s = EventStore.open(store, REF)) {
            var q = new IndicatorQuery(List.of(Measure.LEAVERS_90, Measure.REEMPLOYED_90), List.of(Dimension.QUARTER),
                    Map.of(), YearMonth.of(2023, 1), YearMonth.of(2023, 12), 1);
            Map<String, Long> cells = new DuckDbIndicatorEngine(s.connection()).compute(q).stream()
                    .collect(Collectors.toMap(c -> c.measure().label() + " " + String.join("|", c.key()),
                            Cell::value));
            assertThat(cells).isEqualTo(Map.of("leavers_90 2023-Q1", 3L, "reemployed_90 2023-Q1", 2L));
            ReEmployment.Result whole = ReEmployment.compute(new DuckDbIndicatorEngine(s.connection()),
                    YearMonth.of(2023, 1), YearMonth.of(2023, 3));
            assertThat(whole.cohort()).isEqualTo(4);
            assertThat(whole.withinDays().get(90)).containsExactly(3, 2);
        }
    }
}
