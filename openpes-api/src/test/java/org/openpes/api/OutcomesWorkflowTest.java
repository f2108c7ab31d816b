package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An analyst measures the outcomes of the GOL patti of the fixture region (generated with its patti since July
 * 2022) from its real CO store: JSON for the page, CSV for their tools; other roles are refused; the read is audited.
 */
class OutcomesWorkflowTest {
    private static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
    }

    @Test
    void anAnalystMeasuresWhatThePattiAchievedAgainstAComparisonGroup() throws Exception {
        OperatorClient analyst = OperatorClient.signedIn(server.port(), "demo.analyst", ServerFixture.DEMO_PASSWORD);
        JsonNode e = analyst.ok("GET", "/api/outcomes?service=patto", null);
        assertThat(e.get("received").asInt()).isPositive();
        assertThat(e.get("matched").asInt()).isPositive().isLessThanOrEqualTo(e.get("received").asInt());
        int levels = 0;
        for (JsonNode n : e.get("matchedAtLevel")) {
            levels += n.asInt();
        }
        assertThat(levels).isEqualTo(e.get("matched").asInt());
        assertThat(e.get("rows")).hasSize(5);
        for (JsonNode r : e.get("rows")) {
            if (r.get("suppressed").asBoolean()) {
                assertThat(r.get("treatedShare").isNull()).isTrue();
            } else {
                assertThat(r.get("people").asInt()).isGreaterThanOrEqualTo(3);
                assertThat(r.get("low").asDouble()).isLessThanOrEqualTo(r.get("difference").asDouble());
                assertThat(r.get("high").asDouble()).isGreaterThanOrEqualTo(r.get("difference").asDouble());
                assertThat(r.get("difference").asDouble()).isCloseTo(r.get("treatedShare").asDouble()
                        - r.get("comparisonShare").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        // the services of the employer side: people proposed to employers (the loaded region's applications)
        JsonNode proposed = analyst.ok("GET", "/api/outcomes?service=proposed", null);
        assertThat(proposed.get("service").asText()).isEqualTo("proposed");
        assertThat(proposed.get("received").asInt()).isPositive();
        assertThat(analyst.ok("GET", "/api/outcomes?service=referral:social_cooperative", null).get("service")
                .asText()).isEqualTo("referral:SOCIAL_COOPERATIVE");
        HttpResponse<String> csv = analyst.send("GET", "/api/outcomes.csv?service=path:REINSERIMENTO", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElse("")).isEqualTo("service,outcome,days,people,"
                + "treated_share,comparison_share,difference,ci95_low,ci95_high,suppressed");
        assertThat(csv.body().lines().count()).isEqualTo(6);

        HttpResponse<String> unknown = analyst.send("GET", "/api/outcomes?service=path:NOWHERE", null);
        assertThat(OperatorClient.code(unknown)).isEqualTo("OPES-SRV-004");
        assertThat(unknown.body()).contains("service");
        HttpResponse<String> caseManager = OperatorClient.signedIn(server.port(), "demo.case-manager",
                ServerFixture.DEMO_PASSWORD).send("GET", "/api/outcomes?service=patto", null);
        assertThat(OperatorClient.code(caseManager)).isEqualTo("OPES-SRV-007");
        assertThat(OperatorClient.signedIn(server.port(), "demo.auditor", ServerFixture.DEMO_PASSWORD)
                .ok("GET", "/api/audit/verify", null).get("intact").asBoolean()).isTrue();
    }
}
