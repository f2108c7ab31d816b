package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;

/** Whole workflows over HTTP, as the operators of a CPI do them, with the real server, PostgreSQL and sessions. */
class ServiceWorkflowTest {
    static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
    }

    private static OperatorClient as(String role) throws Exception {
        return OperatorClient.signedIn(server.port(), "demo." + role, ServerFixture.DEMO_PASSWORD);
    }

    private static String registration(String fiscalCode, String familyName, String did) {
        return OperatorClient.JSON.createObjectNode().put("fiscal_code", fiscalCode).put("given_name", "Giulia")
                .put("family_name", familyName).put("citizenship", "IT").put("domicile_comune", "015146")
                .put("education_isced", "4").put("did_date", did).toString();
    }

    @Test
    void aCaseManagerRegistersAPersonAndAgreesAPattoThatASupervisorReads() throws Exception {
        OperatorClient cm = as("case-manager");
        String code = FiscalCode.compose("FRRGLI", LocalDate.of(1988, 3, 4), Sex.F, "F205").value();
        JsonNode giulia = cm.ok("POST", "/api/people", registration(code, "Ferrari", "2026-11-20"));
        String id = giulia.get("id").asText();
        assertThat(id).matches("P[0-9A-Z]{11}");

        HttpResponse<String> twice = cm.send("POST", "/api/people", registration(code, "Ferrari", "2026-11-20"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(OperatorClient.code(twice)).isEqualTo("OPES-SRV-003");
        HttpResponse<String> badDate = cm.send("POST", "/api/people", registration(
                FiscalCode.compose("FRRGLI", LocalDate.of(1989, 3, 4), Sex.F, "F205").value(), "Ferrari", "2090-01-01"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(OperatorClient.JSON.readTree(badDate.body()).get("detail").asText())
                .startsWith("field 'did_date'");
        assertThat(badDate.body()).doesNotContain(code);

        JsonNode draft = cm.ok("POST", "/api/people/" + id + "/patti", null);
        String patto = draft.get("id").asText();
        HttpResponse<String> early = cm.send("POST", "/api/patti/" + patto + "/events",
                "{\"version\":1,\"event\":\"SIGN\",\"reason\":\"signed\"}");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(OperatorClient.code(early)).isEqualTo("OPES-SRV-002");

        ObjectNode content = OperatorClient.JSON.createObjectNode().put("caseManager", "UDEMO01").put("riskClass", 2)
                .put("golPath", "AGGIORNAMENTO").put("contactEveryDays", 30)
                .put("proofOfSearch", "applications shown at each contact").put("availableForWorkshops", true)
                .put("availableForTraining", true).put("acceptsSuitableOffers", true);
        content.putArray("searchActs").addObject().put("description", "4 applications a month")
                .put("deadline", "2027-01-31");
        ObjectNode revise = OperatorClient.JSON.createObjectNode().put("version", 1).put("reason", "interview held");
        revise.set("content", content);
        JsonNode revised = cm.ok("PUT", "/api/patti/" + patto + "/content", revise.toString());
        assertThat(revised.get("missing")).isEmpty();
        JsonNode signed = cm.ok("POST", "/api/patti/" + patto + "/events",
                "{\"version\":2,\"event\":\"SIGN\",\"reason\":\"signed by both\"}");
        assertThat(signed.get("state").asText()).isEqualTo("SIGNED");
        HttpResponse<String> stale = cm.send("POST", "/api/patti/" + patto + "/events",
                "{\"version\":2,\"event\":\"ACTIVATE\",\"reason\":\"started\"}");
        assertThat(OperatorClient.code(stale)).isEqualTo("OPES-SRV-005");

        JsonNode read = as("supervisor").ok("GET", "/api/patti/" + patto, null);
        assertThat(read.get("revisions")).hasSize(3);
        for (String lang : java.util.List.of("it", "en")) {
            var pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + server.port() + "/api/patti/" + patto + "/pdf?lang=" + lang))
                    .header("Cookie", cm.cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            var m = org.openpes.api.services.MessageBundles.bundle(lang);
            assertThat(text).contains(m.get("pdf.title")).contains("Giulia Ferrari").contains(code)
                    .contains("4 applications a month").contains(m.get("state.SIGNED"))
                    .contains(m.get("gol.AGGIORNAMENTO")).doesNotContain(m.get("pdf.draft"));
        }
        JsonNode hers = cm.ok("GET", "/api/people/" + id + "/patti", null);
        assertThat(hers).hasSize(1);
        assertThat(hers.get(0).get("id").asText()).isEqualTo(patto);
        assertThat(hers.get(0).get("state").asText()).isEqualTo("SIGNED");
        assertThat(OperatorClient.code(OperatorClient.signedIn(server.port(), "demo.operator-2",
                ServerFixture.DEMO_PASSWORD).send("GET", "/api/people/" + id + "/patti", null)))
                .isEqualTo("OPES-SRV-008");
        HttpResponse<String> elsewhere = OperatorClient.signedIn(server.port(), "demo.operator-2",
                ServerFixture.DEMO_PASSWORD).send("GET", "/api/people/" + id, null);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(OperatorClient.code(elsewhere)).isEqualTo("OPES-SRV-008");

        JsonNode verify = as("auditor").ok("GET", "/api/audit/verify", null);
        assertThat(verify.get("intact").asBoolean()).isTrue();
    }

    @Test
    void aRegistrationRepeatedWithTheSameIdempotencyKeyCreatesOnePerson() throws Exception {
        OperatorClient cm = as("case-manager");
        String code = FiscalCode.compose("GLLPLA", LocalDate.of(1979, 9, 9), Sex.F, "F205").value();
        String body = registration(code, "Galli", "2026-11-25");
        HttpResponse<String> first = cm.send("POST", "/api/people", body, true, "desk-42-registration-1");
        HttpResponse<String> again = cm.send("POST", "/api/people", body, true, "desk-42-registration-1");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replay")).contains("true");
        assertThat(OperatorClient.JSON.readTree(again.body()).get("id").asText())
                .isEqualTo(OperatorClient.JSON.readTree(first.body()).get("id").asText());
        HttpResponse<String> otherBody = cm.send("POST", "/api/people", registration(
                FiscalCode.compose("GLLPLA", LocalDate.of(1980, 9, 9), Sex.F, "F205").value(), "Galli", "2026-11-25"),
                true, "desk-42-registration-1");
        assertThat(otherBody.statusCode()).isEqualTo(409);
        assertThat(OperatorClient.code(otherBody)).isEqualTo("OPES-SRV-015");
        JsonNode found = cm.ok("POST", "/api/people/lookup", "{\"fiscal_code\":\"" + code + "\"}");
        assertThat(found.get("found").asBoolean()).isTrue();
    }

    @Test
    void protectedDataIsReadWithThePermissionOrByBreakingTheGlassWithAReasonThatSupervisorsSee() throws Exception {
        OperatorClient cm = as("case-manager");
        String code = FiscalCode.compose("MRNLSE", LocalDate.of(1975, 2, 2), Sex.F, "F205").value();
        String id = cm.ok("POST", "/api/people", registration(code, "Marini", "2026-11-10")).get("id").asText();
        cm.ok("POST", "/api/people/" + id + "/protected", "{\"kind\":\"DISABILITY\",\"note\":\"L. 68/1999, 67 %\"}");
        HttpResponse<String> refused = cm.send("GET", "/api/people/" + id + "/protected", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(OperatorClient.code(refused)).isEqualTo("OPES-SRV-018");
        HttpResponse<String> noReason = cm.send("POST", "/api/people/" + id + "/break-glass", "{\"reason\":\"need\"}");
        assertThat(OperatorClient.code(noReason)).isEqualTo("OPES-SRV-004");
        cm.ok("POST", "/api/people/" + id + "/break-glass",
                "{\"reason\":\"placement under L. 68/1999 needs the disability percentage\"}");
        JsonNode seen = cm.ok("GET", "/api/people/" + id + "/protected?purpose=collocamento+mirato", null);
        assertThat(seen.get("DISABILITY").asText()).isEqualTo("L. 68/1999, 67 %");
        JsonNode supervisor = as("supervisor").ok("GET", "/api/people/" + id + "/protected", null);
        assertThat(supervisor.get("DISABILITY").asText()).isEqualTo("L. 68/1999, 67 %");
        JsonNode grants = as("supervisor").ok("GET", "/api/break-glass", null);
        assertThat(grants.toString()).contains(id).contains("placement under L. 68/1999");
        HttpResponse<String> operatorList = as("operator").send("GET", "/api/break-glass", null);
        assertThat(operatorList.statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictAndEndsAtLogout() throws Exception {
        OperatorClient op = new OperatorClient(server.port());
        HttpResponse<String> r = op.login("demo.operator", ServerFixture.DEMO_PASSWORD);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(op.send("GET", "/api/me", null).statusCode()).isEqualTo(200);
        assertThat(op.send("DELETE", "/api/session", null).statusCode()).isEqualTo(204);
        assertThat(op.send("GET", "/api/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsStopLoginsForThatAccountFromThere() throws Exception {
        as("administrator").ok("POST", "/api/admin/users", "{\"username\":\"l.verdi\",\"role\":\"CRISIS_UNIT\","
                + "\"capture\":\"region:03\",\"search\":\"region:03\",\"password\":\"the right password\"}");
        OperatorClient c = new OperatorClient(server.port());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = c.login("l.verdi", "not the password " + i);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(OperatorClient.code(wrong)).isEqualTo("OPES-SRV-011");
        }
        HttpResponse<String> blocked = c.login("l.verdi", "the right password");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(OperatorClient.code(blocked)).isEqualTo("OPES-SRV-012");
        HttpResponse<String> unknown = c.login("nobody.here", "whatever it is");
        assertThat(OperatorClient.code(unknown)).as("no hint that the account does not exist")
                .isEqualTo("OPES-SRV-011");
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseFirstPasswordMustBeChanged() throws Exception {
        OperatorClient admin = as("administrator");
        admin.ok("POST", "/api/admin/users", "{\"username\":\"m.bianchi\",\"role\":\"OPERATOR\",\"capture\":\"cpi:"
                + ServerFixture.cpiOf("015146") + "\",\"search\":\"province:015\",\"password\":\"first one, change it\"}");
        OperatorClient maria = OperatorClient.signedIn(server.port(), "m.bianchi", "first one, change it");
        HttpResponse<String> notYet = maria.send("GET", "/api/caseload", null);
        assertThat(notYet.statusCode()).isEqualTo(400);
        assertThat(OperatorClient.code(notYet)).isEqualTo("OPES-SRV-014");
        HttpResponse<String> weak = maria.send("POST", "/api/me/password",
                "{\"current\":\"first one, change it\",\"next\":\"short\"}");
        assertThat(OperatorClient.code(weak)).isEqualTo("OPES-SRV-014");
        maria.ok("POST", "/api/me/password", "{\"current\":\"first one, change it\",\"next\":\"my own long secret\"}");
        OperatorClient again = OperatorClient.signedIn(server.port(), "m.bianchi", "my own long secret");
        assertThat(again.send("GET", "/api/caseload", null).statusCode()).isEqualTo(200);
        assertThat(admin.send("POST", "/api/admin/users/m.bianchi/password", "{\"password\":\"reset by admin 2026\"}")
                .statusCode()).isEqualTo(204);
        assertThat(again.send("GET", "/api/me", null).statusCode()).as("the reset ends her sessions").isEqualTo(401);
    }
}
