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
import org.openpes.observatory.indicators.YouthInsertion;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;

class YouthInsertionTest {
    static final ReferenceData REF = ReferenceData.load();

    @TempDir
    Path tmp;

    @Test
    void threeYoungWorkersAndOneOlderOne() throws Exception {
        String elena = CoFixture.worker("LNEEEE", 2001);
        String franco = CoFixture.worker("FRNFFF", 2003);
        String gino = CoFixture.worker("GNIGGG", 1995);
        String ugo = CoFixture.worker("GUOUUU", 1970);
        Path file = new CoFixture(REF)
                .hired(elena, "2023-01-02", "2023-06-30").hiredPermanently(elena, "2023-07-03") // 182 days
                .apprenticed(franco, "2023-02-01") // at once: 0 days
                .hired(gino, "2023-03-01", "2023-08-31") // not yet: censored
                .hiredPermanently(ugo, "2023-01-09") // 52 years old: not in the cohort
                .hired(gino, "2023-09-01", "2023-12-31")
                .write(tmp.resolve("youth.csv"));
        Path store = tmp.resolve("store");
        CoFixture.ingest(REF, file, store);
        try (EventStore s = EventStore.open(store, REF)) {
            YouthInsertion.Result r = YouthInsertion.compute(new DuckDbIndicatorEngine(s.connection()), YearMonth.of(2023, 1),
                    YearMonth.of(2023, 12));
            assertThat(r.cohort()).isEqualTo(3);
            assertThat(r.reached()).isEqualTo(2);
            // S(0) = 2/3, S(182) = 2/3 * 1/2 = 1/3: the median is 182 days.
            assertThat(r.medianDays()).isEqualTo(182L);
            // 6 hires in 2023, one of them an apprenticeship.
            assertThat(r.apprenticeshipShare().get("2023")).isCloseTo(1.0 / 6, org.assertj.core.data.Offset.offset(1e-9));

            // By age class of the first spell: Elena and Franco are 15-24 (S(0) = 1/2: median 0 days); Gino, 27, is
            // 25-29 and has not reached a stable contract: no median. Apprenticeship hires by quarter: Franco's.
            var q = new IndicatorQuery(List.of(Measure.YOUTH_ENTRANTS, Measure.YOUTH_INSERTED,
                    Measure.YOUTH_INSERTION_MEDIAN_DAYS), List.of(Dimension.AGE_CLASS), Map.of(), YearMonth.of(2023, 1),
                    YearMonth.of(2023, 12), 1);
            assertThat(cells(s, q)).isEqualTo(Map.of("youth_entrants 15-24", 2L, "youth_inserted 15-24", 2L,
                    "youth_insertion_median_days 15-24", 0L, "youth_entrants 25-29", 1L, "youth_inserted 25-29", 0L));
            var hires = new IndicatorQuery(List.of(Measure.HIRES, Measure.APPRENTICESHIP_HIRES),
                    List.of(Dimension.QUARTER), Map.of(), YearMonth.of(2023, 1), YearMonth.of(2023, 12), 1);
            assertThat(cells(s, hires)).isEqualTo(Map.of("hires 2023-Q1", 4L, "apprenticeship_hires 2023-Q1", 1L,
                    "hires 2023-Q3", 2L, "apprenticeship_hires 2023-Q3", 0L));
        }
    }

    private static Map<String, Long> cells(EventStore s, IndicatorQuery q) {
        return new DuckDbIndicatorEngine(s.connection()).compute(q).stream()
                .collect(Collectors.toMap(c -> c.measure().label() + " " + String.join("|", c.key()), Cell::value));
    }
}
