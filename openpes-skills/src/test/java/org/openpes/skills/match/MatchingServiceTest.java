package org.openpes.skills.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.reference.ReferenceData;

/** Matching on a generated Lombardy region: the indexed top 50 equals brute force, and results explain themselves. */
class MatchingServiceTest {
    private static MatchingService service;

    @BeforeAll
    static void region() throws Exception {
        ReferenceData ref = ReferenceData.load();
        Path dir = Files.createTempDirectory("openpes-match");
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
    void aHardDistanceFilterKeepsOnlyNearbyCandidates() {
        String vacancy = service.vacancies().keySet().iterator().next();
        List<Match> near = service.candidatesFor(vacancy, 50, new MatchOptions(5, null, 0));
        assertThat(near).allSatisfy(m -> assertThat(m.explanation().distanceKm()).isLessThanOrEqualTo(5.0));
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
