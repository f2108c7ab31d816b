package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Profiling as an analyst and a case manager do it, over the fixture region's real CO store: the analyst fits the
 * model; the case manager reads a person's estimate, records the questionnaire and the path, and overrides the
 * proposal only with a reason; a stale version is refused; the operator of another province sees nothing.
 */
class ProfilingWorkflowTest {
    private static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
    }

    private static OperatorClient as(String role) throws Exception {
        return OperatorClient.signedIn(server.port(), "demo." + role, ServerFixture.DEMO_PASSWORD);
    }

    @Test
    void anAnalystFitsTheModelAndACaseManagerRecordsTheProfileAndThePath() throws Exception {
        OperatorClient analyst = as("analyst");
        JsonNode model = analyst.ok("POST", "/api/profiling/model", "{}");
        assertThat(model.get("observedUntil").asText()).startsWith("2024-12");
        for (JsonNode h : model.get("horizons")) {
            JsonNode held = h.get("heldOut");
            assertThat(h.get("fittedOn").asInt()).isPositive();
            assertThat(held.get("people").asInt()).isPositive();
            assertThat(held.get("auc").asDouble()).isBetween(0.0, 1.0);
            assertThat(held.get("calibration")).hasSize(10);
            assertThat(h.get("bySex").has("F")).isTrue();
            assertThat(h.get("bySex").has("M")).isTrue();
            assertThat(h.get("byCitizenship").has("IT")).isTrue();
        }
        assertThat(analyst.ok("GET", "/api/profiling/model", null).get("horizons")).hasSize(2);
        HttpResponse<String> notAnAnalyst = as("case-manager").send("GET", "/api/profiling/model", null);
        assertThat(OperatorClient.code(notAnAnalyst)).isEqualTo("OPES-SRV-007");

        String person = personOf("015");
        OperatorClient cm = as("case-manager");
        JsonNode estimate = cm.ok("GET", "/api/people/" + person + "/profile", null);
        assertThat(estimate.get("recorded").asBoolean()).isFalse();
        assertThat(estimate.get("employedIn12Months").asDouble()).isBetween(0.0, 1.0);
        assertThat(estimate.get("mainFactors")).isNotEmpty();
        String proposed = estimate.get("proposedPath").get("name").asText();
        String other = proposed.equals("RIQUALIFICAZIONE") ? "REINSERIMENTO" : "RIQUALIFICAZIONE";

        HttpResponse<String> noReason = cm.send("POST", "/api/people/" + person + "/profile",
                "{\"questionnaire\":{},\"path\":\"" + other + "\",\"version\":0}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(OperatorClient.code(noReason)).isEqualTo("OPES-SRV-004");
        assertThat(noReason.body()).contains("reason");

        JsonNode complex = cm.ok("POST", "/api/people/" + person + "/profile", "{\"questionnaire\":"
                + "{\"caringResponsibilities\":true,\"housingDifficulty\":true},\"version\":0}");
        assertThat(complex.get("version").asInt()).isEqualTo(1);
        assertThat(complex.get("barriers").asInt()).isEqualTo(2);
        assertThat(complex.get("proposedPath").get("number").asInt()).isEqualTo(4);
        assertThat(complex.get("overridden").asBoolean()).isFalse();

        JsonNode overridden = cm.ok("POST", "/api/people/" + person + "/profile", "{\"questionnaire\":"
                + "{\"caringResponsibilities\":true,\"housingDifficulty\":true},\"path\":\"1\",\"reason\":"
                + "\"a local employer offered her a job starting next month\",\"version\":1}");
        assertThat(overridden.get("chosenPath").get("number").asInt()).isEqualTo(1);
        assertThat(overridden.get("overridden").asBoolean()).isTrue();
        assertThat(cm.ok("GET", "/api/people/" + person + "/profile", null).get("version").asInt()).isEqualTo(2);

        HttpResponse<String> stale = cm.send("POST", "/api/people/" + person + "/profile",
                "{\"questionnaire\":{},\"version\":1}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(OperatorClient.code(stale)).isEqualTo("OPES-SRV-005");

        JsonNode work = cm.ok("GET", "/api/people/" + person + "/work-history", null);
        assertThat(work.get("observedUntil").asText()).startsWith("2024-12");
        assertThat(work.get("lastContractEnded").asText()).as("registered after a contract ended").isNotEmpty();
        assertThat(work.get("contractsInLast24Months").asInt()).isNotNegative();
        assertThat(work.get("seenOn").asText()).isEqualTo(work.get("observedUntil").asText());
        assertThat(work.get("monthsWithoutWork").asInt()).isNotNegative();
        assertThat(OperatorClient.code(as("operator-2").send("GET", "/api/people/" + person + "/work-history",
                null))).isEqualTo("OPES-SRV-008");

        HttpResponse<String> elsewhere = as("operator-2").send("GET", "/api/people/" + person + "/profile", null);
        assertThat(OperatorClient.code(elsewhere)).isEqualTo("OPES-SRV-008");
        assertThat(as("auditor").ok("GET", "/api/audit/verify", null).get("intact").asBoolean()).isTrue();
    }

    /** Fits the profiling model, as the analyst does, unless one is already there. */
    static synchronized void modelFitted() throws Exception {
        OperatorClient analyst = OperatorClient.signedIn(ServerFixture.server().port(), "demo.analyst",
                ServerFixture.DEMO_PASSWORD);
        if (analyst.send("GET", "/api/profiling/model", null).statusCode() == 409) {
            analyst.ok("POST", "/api/profiling/model", "{}");
        }
    }

    /** A generated person whose CPI lies in the province {@code province}. */
    static String personOf(String province) throws Exception {
        var places = new org.openpes.services.app.Places(ServerFixture.REF);
        try (var c = ServerFixture.services.pool().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select seeker_id, owner_cpi from job_seeker where seeker_id like 'S%' "
                        + "order by seeker_id")) {
            while (rs.next()) {
                if (places.of(rs.getString(2)).provinceCode().equals(province)) {
                    return rs.getString(1);
                }
            }
        }
        throw new AssertionError("no person in province " + province);
    }
}
