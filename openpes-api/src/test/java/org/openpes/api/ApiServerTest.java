package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.load.LoadSchema;
import org.openpes.operational.load.RegionLoader;
import org.openpes.operational.records.OperationalRecords;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;
import java.util.List;

/** The real server over real HTTP, with a generated region loaded into a real embedded PostgreSQL. */
class ApiServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
    }

    /** A supervisor's session: the older look-ups of people need one. */
    private static String supervisorCookie;

    static synchronized String supervisorCookie() throws Exception {
        if (supervisorCookie == null) {
            supervisorCookie = OperatorClient.signedIn(ServerFixture.server().port(), "demo.supervisor",
                    ServerFixture.DEMO_PASSWORD).cookie;
        }
        return supervisorCookie;
    }

    /** A GET as a signed-in supervisor (the public routes answer the same with or without a session). */
    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ServerFixture.server().port() + path))
                .header("Cookie", supervisorCookie()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with no session. */
    static HttpResponse<String> anonymousGet(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ServerFixture.server().port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void healthReportsReferenceAndOperationalCounts() throws Exception {
        JsonNode h = json("/health");
        assertThat(h.get("status").asText()).isEqualTo("UP");
        assertThat(h.at("/referenceData/occupations").asInt()).isEqualTo(3007);
        assertThat(h.at("/operational/job_seekers").asLong()).isPositive();
    }

    @Test
    void theOpenApiDocumentListsEveryRoute() throws Exception {
        JsonNode doc = json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(server.routes()).hasSizeGreaterThan(12);
        for (String route : server.routes()) {
            assertThat(doc.get("paths").has(route)).as(route).isTrue();
        }
    }

    @Test
    void referenceLookUpsAnswerWithRealData() throws Exception {
        assertThat(json("/api/comuni/016024").get("name").asText()).isEqualTo("Bergamo");
        assertThat(json("/api/comuni?name=" + enc("Sesto San Giovanni")).get(0).get("code").asText())
                .isEqualTo("015209");
        JsonNode cook = json("/api/esco/occupations?lang=it&label=cuoco").get(0);
        assertThat(cook.get("preferredLabel").asText()).isEqualTo("cook");
        assertThat(json("/api/esco/occupations?uri=" + enc(cook.get("uri").asText())).get("skills").size())
                .isGreaterThan(10);
        assertThat(json("/api/esco/skills?label=" + enc("manage budgets")).get(0).get("preferredLabel").asText())
                .isEqualTo("manage budgets");
        assertThat(json("/api/ateco/28.15.20").at("/correspondsTo2025/code").asText()).isEqualTo("28.15.00");
        assertThat(json("/api/cp2011/5.2.2.1.0").get("esco").size()).isPositive();
        assertThat(json("/api/co-codes/contract-types").size()).isEqualTo(37);
        assertThat(json("/api/geo/provinces.topo.json").at("/objects/provinces/geometries").size()).isEqualTo(107);
        assertThat(json("/api/geo/regions.topo.json").at("/objects/regions/geometries").size()).isEqualTo(20);
    }

    @Test
    void operationalRecordsAreServedWithTheFiscalCodeMasked() throws Exception {
        JsonNode page = json("/api/vacancies?page=1&size=500");
        assertThat(page.get("items").size()).isEqualTo(500);
        JsonNode company = null;
        int soleTraders = 0;
        for (JsonNode item : page.get("items")) {
            String code = item.get("employer_code").asText();
            assertThat(code).as("a sole trader's fiscal code is masked").matches("\\d{11}|[A-Z]{2}\\*{11}\\w{3}");
            soleTraders += code.length() == 16 ? 1 : 0;
            JsonNode vacancy = json("/api/vacancies/" + item.get("vacancy_id").asText());
            assertThat(vacancy.has("hired_seeker_id")).as("who was hired is not served").isFalse();
            assertThat(vacancy.get("filled").isBoolean()).isTrue();
            if (company == null && code.length() == 11) {
                company = vacancy;
            }
        }
        assertThat(soleTraders).as("the demo region has sole traders among its employers").isPositive();
        assertThat(company.get("skills").size()).isPositive();
        assertThat(json("/api/employers/" + company.get("employer_code").asText()).get("section").asText())
                .matches("[A-V]");
        JsonNode seeker = json("/api/seekers/S00000001");
        assertThat(seeker.has("fiscal_code")).isFalse();
        assertThat(seeker.get("fiscal_code_masked").asText()).contains("***********");
    }

    @Test
    void observatoryIndicatorsArePaginatedAndPassDisclosureControl() throws Exception {
        JsonNode all = json("/api/observatory/indicators?measure=hires,stock&by=quarter&from=2024-01&to=2024-12");
        assertThat(all.get("total").asInt()).isEqualTo(8);
        for (JsonNode item : all.get("items")) {
            assertThat(item.get("suppressed").asBoolean()).isFalse();
            assertThat(item.get("value").asLong()).isPositive();
        }
        JsonNode page2 = json("/api/observatory/indicators?measure=hires&by=province,quarter&from=2024-01"
                + "&to=2024-12&size=5&page=2&k=5");
        assertThat(page2.get("items").size()).isEqualTo(5);
        assertThat(page2.get("total").asInt()).isGreaterThan(10);
        JsonNode manufacturing = json("/api/observatory/indicators?measure=hires&by=quarter&section=C"
                + "&from=2024-10&to=2024-12");
        assertThat(manufacturing.get("items").get(0).get("value").asLong())
                .isLessThan(all.get("items").get(6).get("value").asLong());
        assertProblem("/api/observatory/indicators?measure=hirez", 400, "OPES-CO-034");
        assertProblem("/api/observatory/indicators?measure=hires&from=2024-13", 400, "OPES-API-002");
        assertProblem("/api/observatory/indicators?measure=hires&by=planet", 400, "OPES-CO-034");
    }

    /** A raw HTTP/1.1 exchange, for requests an HTTP client refuses to send. */
    private static String raw(String request) throws Exception {
        try (java.net.Socket s = new java.net.Socket("localhost", server.port())) {
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            s.setSoTimeout(5000);
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void badRequestsOfEveryKindAreProblemDocumentsNamingWhatIsWrong() throws Exception {
        HttpResponse<String> unknownValue = get("/api/observatory/indicators?measure=hires&section=ZZ");
        assertThat(unknownValue.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownValue.body()).get("detail").asText())
                .isEqualTo("filter section: 'ZZ' is not an ATECO section (A to V)");
        HttpResponse<String> badMeasure = get("/api/observatory/indicators?measure=hirez");
        assertThat(badMeasure.body()).doesNotContain("--measure").contains("measure: 'hirez'");

        String malformed = raw("GET /api/comuni?name=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(malformed).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("OPES-API-008")
                .contains("percent-encoding");

        String wrongMethod = raw("DELETE /api/comuni/015146 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(wrongMethod).startsWith("HTTP/1.1 405").contains("Allow: GET").contains("OPES-API-007");

        String garbage = raw("GET /api/comuni HTTP/1.1\r\nHost: localhost\r\nthis is no header\r\n\r\n");
        assertThat(garbage).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("OPES-API-008").doesNotContain("<html");
    }

    @Test
    void theOlderLookUpsOfPeopleNeedASessionThatMayReadPeopleAndAreAudited() throws Exception {
        for (String path : List.of("/api/seekers/S00000001", "/api/match/seeker/S00000001",
                "/api/match/vacancy/" + ServerFixture.firstVacancy, "/api/transitions?seeker=S00000001",
                "/api/training?seeker=S00000001")) {
            HttpResponse<String> anonymous = anonymousGet(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(JSON.readTree(anonymous.body()).get("code").asText()).isEqualTo("OPES-SRV-010");
        }
        OperatorClient admin = OperatorClient.signedIn(server.port(), "demo.administrator",
                ServerFixture.DEMO_PASSWORD);
        assertThat(OperatorClient.code(admin.send("GET", "/api/seekers/S00000001", null))).isEqualTo("OPES-SRV-007");
        assertThat(anonymousGet("/api/transitions?occupation=" + java.net.URLEncoder.encode(
                ServerFixture.firstVacancyOccupation, java.nio.charset.StandardCharsets.UTF_8)).statusCode())
                .as("transitions from an occupation involve nobody").isEqualTo(200);
        assertThat(get("/api/seekers/S00000001").statusCode()).isEqualTo(200);
        assertThat(org.openpes.operational.audit.AuditTrail.verify(ServerFixture.services.pool()).intact()).isTrue();
    }

    @Test
    void theOlderLookUpsKeepToTheCallersTerritory() throws Exception {
        // demo.operator-2 searches the province of Bergamo (016): one person there, one in Milano's province (015)
        String inBergamo = null;
        String inMilano = null;
        var places = new org.openpes.services.app.Places(ServerFixture.REF);
        try (var c = ServerFixture.services.pool().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select seeker_id, owner_cpi from job_seeker order by seeker_id")) {
            while (rs.next() && (inBergamo == null || inMilano == null)) {
                String province = places.of(rs.getString(2)).provinceCode();
                if (province.equals("016") && inBergamo == null) {
                    inBergamo = rs.getString(1);
                } else if (province.equals("015") && inMilano == null) {
                    inMilano = rs.getString(1);
                }
            }
        }
        OperatorClient bergamo = OperatorClient.signedIn(server.port(), "demo.operator-2",
                ServerFixture.DEMO_PASSWORD);
        String toVacancy = "&vacancy=" + ServerFixture.firstVacancy;
        for (String route : List.of("/api/seekers/", "/api/match/seeker/", "/api/training?seeker=",
                "/api/transitions?seeker=")) {
            String tail = route.startsWith("/api/training") ? toVacancy : "";
            assertThat(bergamo.send("GET", route + inBergamo + tail, null).statusCode()).as(route).isEqualTo(200);
            HttpResponse<String> refused = bergamo.send("GET", route + inMilano + tail, null);
            assertThat(refused.statusCode()).as(route).isEqualTo(403);
            assertThat(OperatorClient.code(refused)).isEqualTo("OPES-SRV-008");
        }
        JsonNode everyone = json("/api/match/vacancy/" + ServerFixture.firstVacancy + "?limit=50");
        JsonNode fromBergamo = OperatorClient.JSON.readTree(bergamo.send("GET", "/api/match/vacancy/"
                + ServerFixture.firstVacancy + "?limit=50", null).body());
        java.util.Set<String> owners = new java.util.TreeSet<>();
        for (JsonNode m : fromBergamo) {
            try (var c = ServerFixture.services.pool().getConnection();
                    var ps = c.prepareStatement("select owner_cpi from job_seeker where seeker_id = ?")) {
                ps.setString(1, m.get("seekerId").asText());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    owners.add(places.of(rs.getString(1)).provinceCode());
                }
            }
        }
        assertThat(owners).containsOnly("016");
        assertThat(fromBergamo.size()).isPositive().isLessThan(everyone.size());
        assertThat(org.openpes.operational.audit.AuditTrail.verify(ServerFixture.services.pool()).intact()).isTrue();
    }

    @Test
    void noCallerCanLowerTheConfiguredDisclosureThreshold() throws Exception {
        assertProblem("/api/observatory/indicators?measure=hires&by=province&k=1", 403, "OPES-API-006");
        assertProblem("/api/observatory/indicators.csv?measure=hires&by=province&k=2", 403, "OPES-API-006");
        JsonNode stricter = json("/api/observatory/indicators?measure=hires&by=province,quarter&k=50");
        JsonNode configured = json("/api/observatory/indicators?measure=hires&by=province,quarter");
        long suppressedStricter = count(stricter, true);
        assertThat(suppressedStricter).isGreaterThan(count(configured, true));
    }

    private static long count(JsonNode page, boolean suppressed) {
        long n = 0;
        for (JsonNode item : page.get("items")) {
            n += item.get("suppressed").asBoolean() == suppressed ? 1 : 0;
        }
        return n;
    }

    @Test
    void badParametersAreProblemDocumentsWithStableCodes() throws Exception {
        assertProblem("/api/comuni/12ab", 400, "OPES-VAL-008");
        assertProblem("/api/comuni/999999", 404, "OPES-REF-004");
        assertProblem("/api/esco/occupations", 400, "OPES-API-001");
        assertProblem("/api/esco/occupations?label=cuoco&lang=xx", 400, "OPES-REF-005");
        assertProblem("/api/esco/skills?label=budget&lang=it", 400, "OPES-REF-005");
        assertProblem("/api/vacancies?size=0", 400, "OPES-API-002");
        assertProblem("/api/vacancies?page=abc", 400, "OPES-API-002");
        assertProblem("/api/seekers/S99999999", 404, "OPES-SRV-009");
        assertProblem("/api/seekers/" + enc("x' or '1'='1"), 400, "OPES-SRV-004");
        assertProblem("/api/ateco/ZZ", 400, "OPES-VAL-009");
        assertProblem("/api/nothing-here", 404, "OPES-API-003");
        assertProblem("/api/geo/comuni.topo.json", 404, "OPES-API-003");
    }

    private static void assertProblem(String path, int status, String code) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("code").asText()).as(path).isEqualTo(code);
        assertThat(p.get("type").asText()).endsWith(code);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asText()).isNotBlank();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
