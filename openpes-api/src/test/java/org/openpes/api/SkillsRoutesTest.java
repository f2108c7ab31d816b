package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openpes.api.ApiServerTest.JSON;
import static org.openpes.api.ApiServerTest.get;
import static org.openpes.api.ApiServerTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The skills endpoints over real HTTP, on the generated region of {@link ServerFixture}. */
class SkillsRoutesTest {
    @BeforeAll
    static void start() throws Exception {
        ApiServerTest.server = ServerFixture.server();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void problem(String path, int status, String code, String mentions) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("detail").asText()).contains(mentions);
    }

    @Test
    void anItalianJobTitleBecomesRankedEscoOccupations() throws Exception {
        JsonNode r = json("/api/skills/normalize?lang=it&limit=5&title=" + enc("infermiera"));
        assertThat(r.size()).isBetween(1, 5);
        assertThat(r.get(0).get("label").asText()).containsIgnoringCase("infermier");
    }

    @Test
    void candidatesForAVacancyComeExplained() throws Exception {
        JsonNode r = json("/api/match/vacancy/" + ServerFixture.firstVacancy + "?limit=5");
        assertThat(r.size()).isBetween(1, 5);
        for (JsonNode m : r) {
            double sum = 0;
            for (JsonNode c : m.at("/explanation/contributions")) {
                sum += c.asDouble();
            }
            assertThat(sum).isCloseTo(m.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void transitionsFromAnOccupationAndFromAPersonListTheSkillsGap() throws Exception {
        JsonNode fromJob = json("/api/transitions?limit=5&occupation=" + enc(ServerFixture.firstVacancyOccupation));
        JsonNode fromPerson = json("/api/transitions?limit=5&seeker=" + ServerFixture.firstSeeker);
        for (JsonNode list : new JsonNode[] {fromJob, fromPerson}) {
            assertThat(list.size()).isEqualTo(5);
            assertThat(list.get(0).get("similarity").asDouble()).isBetween(0.0, 1.0)
                    .isGreaterThanOrEqualTo(list.get(4).get("similarity").asDouble());
            assertThat(list.get(0).get("skillsGap").isArray()).isTrue();
        }
        assertThat(fromJob.findValuesAsText("occupationUri")).doesNotContain(ServerFixture.firstVacancyOccupation);
        assertThat(ServerFixture.firstSeekerOccupation).startsWith("http://data.europa.eu/esco/occupation/");
        assertThat(fromPerson.findValuesAsText("occupationUri")).doesNotContain(ServerFixture.firstSeekerOccupation);
    }

    @Test
    void badInputGetsAClearProblem() throws Exception {
        problem("/api/transitions?limit=5", 400, "OPES-SKL-005", "occupation/seeker");
        problem("/api/transitions?occupation=x&seeker=y", 400, "OPES-SKL-005", "exactly one");
        problem("/api/transitions?seeker=S-NOBODY", 400, "OPES-SRV-004", "person id");
        problem("/api/transitions?seeker=S99999999", 404, "OPES-SRV-009", "S99999999");
        problem("/api/skills/normalize?lang=fi&title=kokki", 400, "OPES-SKL-001", "fi");
        problem("/api/match/vacancy/V-NONE", 404, "OPES-SKL-004", "V-NONE");
        problem("/api/skills/extract?text=" + enc("   "), 400, "OPES-API-001", "text");
    }
}
