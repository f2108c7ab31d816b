package org.openpes.services.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openpes.core.error.OpenPesException;
import org.openpes.core.identity.Sex;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.WorkHistory;

class MatchedComparisonTest {
    private static final LocalDate UNTIL = LocalDate.of(2024, 12, 31);
    private static final LocalDate DID = LocalDate.of(2023, 1, 16);
    private static final LocalDate SIGNED = LocalDate.of(2023, 2, 15);

    /**
     * People registered on the same day; some sign a patto a month later. Whoever is still without work then finds
     * it within {@code days} days with probability {@code treatedChance} (signed) or {@code otherChance}.
     */
    private static List<Subject> region(double treatedChance, double otherChance, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Subject> people = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            boolean signs = i % 4 == 0;
            double chance = signs ? treatedChance : otherChance;
            LocalDate hire = random.nextDouble() < chance ? SIGNED.plusDays(1 + random.nextInt(80)) : null;
            WorkHistory h = new WorkHistory(1, LocalDate.of(2022, 12, 31), "5220", "FIXED_TERM", hire,
                    random.nextBoolean());
            people.add(new Subject(new PersonId(String.format("S%08d", i)), i % 3 == 0 ? Sex.F : Sex.M,
                    LocalDate.of(1980 + i % 20, 5, 5), 3, "IT", "015", DID, h, signs ? SIGNED : null));
        }
        return people;
    }

    @Test
    void aServiceThatChangesNothingIsFoundToChangeNothingAndItsIntervalsCoverZeroAsOftenAsTheySay() {
        Evaluation e = MatchedComparison.evaluate(Service.parse("patto"), region(0.4, 0.4, 1), UNTIL, 3, 7);
        assertThat(e.received()).isEqualTo(1000);
        assertThat(e.matched()).isEqualTo(1000);
        assertThat(e.hired().get(1).days()).isEqualTo(90);
        assertThat(e.hired().get(1).difference()).isCloseTo(0.0, within(0.06));
        // 40 placebo regions: a 95 % interval should miss 0 about twice; more than 6 misses means it is too narrow
        int covered = 0;
        for (long seed = 100; seed < 140; seed++) {
            Evaluation.Horizon h = MatchedComparison.evaluate(Service.parse("patto"), region(0.4, 0.4, seed), UNTIL,
                    3, seed).hired().get(1);
            covered += h.low() <= 0 && h.high() >= 0 ? 1 : 0;
        }
        assertThat(covered).isGreaterThanOrEqualTo(34);
    }

    @Test
    void aServiceThatDoublesTheChanceOfAHireIsMeasuredWithinItsInterval() {
        Evaluation e = MatchedComparison.evaluate(Service.parse("patto"), region(0.6, 0.3, 2), UNTIL, 3, 7);
        Evaluation.Horizon at90 = e.hired().get(1);
        assertThat(at90.treatedShare()).isCloseTo(0.6, within(0.04));
        assertThat(at90.comparisonShare()).isCloseTo(0.3, within(0.04));
        assertThat(at90.low()).isLessThan(0.3);
        assertThat(at90.high()).isGreaterThan(0.3);
        assertThat(e.hired().get(0).treatedShare()).isLessThan(at90.treatedShare()); // 30 days: fewer hired yet
        assertThat(e.medianDaysTreated()).isNotNull().isLessThan(81);
        assertThat(e.medianDaysControls()).as("fewer than half the comparison group is ever hired").isNull();
    }

    @Test
    void nobodyHiredOrServedBeforeTheDayIsAComparisonAndSmallCellsAreSuppressed() {
        List<Subject> people = new ArrayList<>(region(0.5, 0.5, 3).subList(0, 8)); // 2 signed, 6 not
        Evaluation e = MatchedComparison.evaluate(Service.parse("patto"), people, UNTIL, 3, 7);
        assertThat(e.matched()).isEqualTo(2);
        assertThat(e.hired()).allSatisfy(h -> {
            assertThat(h.suppressed()).isTrue();
            assertThat(h.treatedShare()).isNull();
        });
        WorkHistory hiredEarly = new WorkHistory(1, LocalDate.of(2022, 12, 31), "5220", "FIXED_TERM",
                SIGNED.minusDays(3), true);
        Subject early = new Subject(new PersonId("S99999999"), Sex.M, LocalDate.of(1980, 5, 5), 3, "IT", "015", DID,
                hiredEarly, null);
        assertThat(early.atRiskOn(SIGNED)).isFalse();
        assertThat(people.get(1).atRiskOn(SIGNED)).isTrue();
    }

    @Test
    void withNobodyInTheExactCellTheOccupationIsDroppedFirst() {
        List<Subject> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String occupation = i == 0 ? "2111" : "5220"; // the one who signs was a professional; the others not
            WorkHistory h = new WorkHistory(1, LocalDate.of(2022, 12, 31), occupation, "FIXED_TERM", null, false);
            people.add(new Subject(new PersonId(String.format("S%08d", i)), Sex.F, LocalDate.of(1985, 5, 5), 3, "IT",
                    "015", DID, h, i == 0 ? SIGNED : null));
        }
        Evaluation e = MatchedComparison.evaluate(Service.parse("patto"), people, UNTIL, 3, 7);
        assertThat(e.matchedAtLevel()).containsExactly(0, 1, 0);
    }

    @Test
    void theKaplanMeierMedianIsWhereSurvivalFirstReachesOneHalf() {
        // 4 people: hired on days 10 and 30, one censored on day 20, one on day 40
        // S(10) = 3/4; S(30) = 3/4 * (1 - 1/2) = 3/8 <= 1/2: the median is day 30
        assertThat(Survival.median(new int[] {10, 20, 30, 40}, new boolean[] {true, false, true, false},
                new double[] {1, 1, 1, 1})).isEqualTo(30);
        assertThat(Survival.median(new int[] {10, 20}, new boolean[] {false, false}, new double[] {1, 1})).isNull();
    }

    @Test
    void anUnknownServiceIsNamedInTheRefusal() {
        assertThat(Service.parse("path:riqualificazione").toString()).isEqualTo("path:RIQUALIFICAZIONE");
        assertThat(Service.parse("action:GOL_UPSKILLING_COURSE").kind()).isEqualTo(Service.Kind.ACTION_DONE);
        assertThatThrownBy(() -> Service.parse("path:7")).isInstanceOf(OpenPesException.class)
                .hasMessageContaining("service");
    }
}
