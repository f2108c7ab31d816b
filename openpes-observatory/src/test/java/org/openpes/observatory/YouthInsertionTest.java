package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        String gino = CoFixture.worker("GNIGGG", 2000);
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
            YouthInsertion.Result r = YouthInsertion.compute(s.connection());
            assertThat(r.cohort()).isEqualTo(3);
            assertThat(r.reached()).isEqualTo(2);
            // S(0) = 2/3, S(182) = 2/3 * 1/2 = 1/3: the median is 182 days.
            assertThat(r.medianDays()).isEqualTo(182);
            // 6 hires in 2023, one of them an apprenticeship.
            assertThat(r.apprenticeshipShare().get("2023")).isCloseTo(1.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
