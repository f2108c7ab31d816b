package org.openpes.skills.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.core.io.TempDirectories;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.source.ReferenceSource;

/** Matching on a generated Lombardy region: the indexed top 50 equals brute force, and results explain themselves. */
class MatchingServiceTest {
    private static MatchingService service;
    private static ReferenceData reference;

    @BeforeAll
    static void region() throws Exception {
        ReferenceData ref = ReferenceData.load();
        reference = ref;
        Path dir = TempDirectories.create("openpes-match");
        new RegionGenerator(ref).generate(new GeneratorParams("03", 2023, 2024, 0.02, 5, dir, 0, RealFlows.locate()),
                (f, m) -> { });
        service = MatchingService.fromRegion(dir, ref);
    }

    @Test
    void theIndexedTopFiftyIsExactlyTheBruteForceTopFifty() {
        int compared = 0;
        for (VacancyProfile v : service.vacancies().values().stream().limit(200).toList()) {
            int[] indexed = service.rankRows(v, 50).rows();
            assertThat(indexed).as(v.id()).containsExactly(service.bruteForceRows(v, 50).rows());
            compared++;
        }
        assertThat(compared).isEqualTo(200);
    }

    @Test
    void everyCandidateCarriesAnExplanationThatAddsUpToItsScore() {
        String vacancy = service.vacancies().keySet().iterator().next();
        List<Match> matches = service.candidatesFor(vacancy, 20, MatchOptions.DEFAULT);
        assertThat(matches).isNotEmpty();
        for (Match m : matches) {
            double sum = m.explanation().contributions().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).isCloseTo(m.score(), org.assertj.core.data.Offset.offset(0.001));
            assertThat(m.explanation().factors()).containsOnlyKeys("skills", "occupation", "distance", "education",
                    "contract", "availability");
        }
        assertThat(matches).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void theEmployerCapSpreadsASeekersVacanciesAcrossEmployers() {
        String seeker = service.store().ids[0];
        List<Match> capped = service.vacanciesFor(seeker, 30, new MatchOptions(0, null, 1));
        Map<String, Integer> perEmployer = new HashMap<>();
        capped.forEach(m -> perEmployer.merge(m.employerCode(), 1, Integer::sum));
        assertThat(perEmployer.values()).allMatch(n -> n == 1);
    }

    @Test
    void aHardDistanceFilterDropsOnlyPeopleCertainlyOutOfReach() {
        // Comuni sit at province centroids, so "within 5 km" keeps whoever may be within 5 km: the vacancy's own
        // province and provinces whose area discs touch it.
        Geography geography = new Geography(reference.territories(), ReferenceSource.bundled());
        SeekerStore store = service.store();
        long farWithoutFilter = 0;
        for (VacancyProfile v : service.vacancies().values().stream().limit(20).toList()) {
            int province = geography.province(v.comune());
            List<Match> near = service.candidatesFor(v.id(), 50, new MatchOptions(5, null, 0));
            assertThat(near).allSatisfy(m -> assertThat(
                    geography.reachKm(province, store.province[store.indexOf(m.seekerId())])).isLessThanOrEqualTo(5));
            List<Match> any = service.candidatesFor(v.id(), 500, new MatchOptions(2000, null, 0));
            long far = any.stream().filter(m -> geography.reachKm(province,
                    store.province[store.indexOf(m.seekerId())]) > 5).count();
            long farWithFilter = service.candidatesFor(v.id(), 500, new MatchOptions(5, null, 0)).stream()
                    .filter(m -> geography.reachKm(province, store.province[store.indexOf(m.seekerId())]) > 5).count();
            assertThat(farWithFilter).isZero();
            farWithoutFilter += far;
        }
        assertThat(farWithoutFilter).as("the filter has people to drop").isPositive();
    }

    @Test
    void unknownIdsAndBadLimitsAreClearErrors() {
        assertThatThrownBy(() -> service.candidatesFor("V-NONE", 10, MatchOptions.DEFAULT))
                .hasMessageContaining("OPES-SKL-004").hasMessageContaining("V-NONE");
        assertThatThrownBy(() -> service.vacanciesFor("S-NONE", 10, MatchOptions.DEFAULT))
                .hasMessageContaining("seeker 'S-NONE' not found");
        String vacancy = service.vacancies().keySet().iterator().next();
        assertThatThrownBy(() -> service.candidatesFor(vacancy, 0, MatchOptions.DEFAULT))
                .hasMessageContaining("limit");
    }
}
