package org.openpes.services.profiling;

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
import org.openpes.services.patto.GolPath;
import org.openpes.services.people.PersonId;

class ProfilingModelTest {

    @Test
    void theAucOfTheTextbookExampleIsThreeQuartersAndTiesCountHalf() {
        // scores 0.1 0.4 0.35 0.8 for outcomes no no yes yes: 3 of the 4 (yes, no) pairs are ordered right
        assertThat(ModelCheck.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}).auc())
                .isEqualTo(0.75);
        assertThat(ModelCheck.of(new double[] {0.5, 0.5}, new boolean[] {true, false}).auc()).isEqualTo(0.5);
        assertThat(ModelCheck.of(new double[] {0.2, 0.9}, new boolean[] {true, true}).auc()).isNaN();
    }

    @Test
    void withOneFeatureTheFittedProbabilityOfEachCategoryIsItsObservedShare() {
        // the maximum-likelihood estimate of a model with one categorical feature is each category's frequency
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        add(rows, y, "education=ISCED 0-2", 40, 10); // 10 of 40 employed
        add(rows, y, "education=ISCED 3-4", 50, 25);
        add(rows, y, "education=ISCED 5+", 20, 16);
        boolean[] outcome = new boolean[y.size()];
        for (int i = 0; i < outcome.length; i++) {
            outcome[i] = y.get(i);
        }
        LogisticModel m = LogisticFit.fit(rows, outcome, 1e-6);
        assertThat(m.probability(List.of("education=ISCED 0-2"))).isCloseTo(0.25, within(1e-4));
        assertThat(m.probability(List.of("education=ISCED 3-4"))).isCloseTo(0.50, within(1e-4));
        assertThat(m.probability(List.of("education=ISCED 5+"))).isCloseTo(0.80, within(1e-4));
        assertThat(m.mainFactors(List.of("education=ISCED 5+", "education=never seen"), 1).get(0).category())
                .isEqualTo("education=ISCED 5+");
    }

    private static void add(List<List<String>> rows, List<Boolean> y, String category, int people, int employed) {
        for (int i = 0; i < people; i++) {
            rows.add(List.of(category));
            y.add(i < employed);
        }
    }

    @Test
    void aModelFittedOnPeopleWhoseChancesDifferSeparatesThemOnPeopleHeldOut() {
        LocalDate until = LocalDate.of(2024, 12, 31);
        SplittableRandom random = new SplittableRandom(7);
        List<Observation> people = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            boolean recent = random.nextBoolean();
            boolean graduate = random.nextInt(3) == 0;
            WorkHistory h = new WorkHistory(recent ? 2 : 0, recent ? LocalDate.of(2022, 12, 1) : null, "5220",
                    "FIXED_TERM", null, false);
            double chance = 0.15 + (recent ? 0.45 : 0) + (graduate ? 0.2 : 0);
            LocalDate did = LocalDate.of(2023, 1, 10);
            LocalDate hire = random.nextDouble() < chance ? did.plusDays(30 + random.nextInt(150)) : null;
            ProfileFeatures f = ProfileFeatures.of(i % 2 == 0 ? Sex.F : Sex.M, LocalDate.of(1985, 3, 3),
                    graduate ? 6 : 3, i % 5 == 0 ? "MA" : "IT", "015", h, did);
            people.add(new Observation(new PersonId(String.format("S%08d", i)), f, did, hire));
        }
        ProfilingModel m = ProfilingModel.fit(people, until);
        assertThat(m.twelveMonths().heldOut().people()).isBetween(700, 1100);
        assertThat(m.twelveMonths().fittedOn() + m.twelveMonths().heldOut().people()).isEqualTo(3000);
        assertThat(m.twelveMonths().heldOut().auc()).isGreaterThan(0.70);
        assertThat(m.twelveMonths().bySex()).containsOnlyKeys("F", "M");
        assertThat(m.twelveMonths().byCitizenship()).containsOnlyKeys("IT", "NON_EU");
        double meanPredicted = m.twelveMonths().heldOut().calibration().stream()
                .mapToDouble(b -> b.predicted() * b.people()).sum() / m.twelveMonths().heldOut().people();
        double meanObserved = m.twelveMonths().heldOut().calibration().stream()
                .mapToDouble(b -> b.observed() * b.people()).sum() / m.twelveMonths().heldOut().people();
        assertThat(meanPredicted).isCloseTo(meanObserved, within(0.04));
        assertThat(m.lowerTercile()).isLessThan(m.upperTercile());
    }

    @Test
    void anOutcomeTheStoreCannotSeeYetIsLeftOutAndTooFewOutcomesRefuseTheFit() {
        Observation o = new Observation(new PersonId("S00000001"), null, LocalDate.of(2024, 9, 1), null);
        assertThat(o.employedWithin(6, LocalDate.of(2024, 12, 31))).isNull();
        assertThat(o.employedWithin(3, LocalDate.of(2024, 12, 31))).isFalse();
        Observation hired = new Observation(new PersonId("S00000002"), null, LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 10, 1));
        assertThat(hired.employedWithin(12, LocalDate.of(2024, 12, 31))).isTrue();
        assertThatThrownBy(() -> ProfilingModel.fit(List.of(hired), LocalDate.of(2024, 12, 31)))
                .isInstanceOf(OpenPesException.class).hasMessageContaining("OPES-SRV-019");
    }

    @Test
    void thePathFollowsTheRiskClassUnlessTheQuestionnaireShowsComplexNeeds() {
        Questionnaire none = Questionnaire.NOT_ANSWERED;
        assertThat(PathProposal.propose(RiskClass.LOW, none)).isEqualTo(GolPath.REINSERIMENTO);
        assertThat(PathProposal.propose(RiskClass.MEDIUM, none)).isEqualTo(GolPath.AGGIORNAMENTO);
        assertThat(PathProposal.propose(RiskClass.HIGH, none)).isEqualTo(GolPath.RIQUALIFICAZIONE);
        Questionnaire retrain = new Questionnaire(false, false, false, false, false, false, true);
        assertThat(PathProposal.propose(RiskClass.MEDIUM, retrain)).isEqualTo(GolPath.RIQUALIFICAZIONE);
        Questionnaire complex = new Questionnaire(true, false, true, false, false, false, false);
        assertThat(complex.barriers()).isEqualTo(2);
        for (RiskClass r : RiskClass.values()) {
            assertThat(PathProposal.propose(r, complex)).isEqualTo(GolPath.LAVORO_E_INCLUSIONE);
        }
    }
}
