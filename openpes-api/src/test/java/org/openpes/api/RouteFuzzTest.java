package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.api.services.ServiceRoutes;

/**
 * Every route of the service, and the public look-ups, with random and hostile input from a signed-in case manager
 * and supervisor: malformed and truncated JSON, wrong types, huge and control-character strings, path values of
 * every shape. The server must answer each with a problem document naming a code (never a 500, never an HTML page)
 * and stay up. A fixed seed in the suite; {@code -Dopenpes.fuzz.rounds=N} runs longer.
 */
class RouteFuzzTest {
    static final int ROUNDS = Integer.getInteger("openpes.fuzz.rounds", 3);
    static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
    }

    private static final String[] VALUES = {"", " ", "null", "0", "-1", "1e309", "\"\"", "[]", "{}", "true",
        "\"P0000000000\"", "\"" + "x".repeat(5000) + "\"", "\"\\u0000\\u0007\"", "\"' or 1=1 --\"",
        "\"<script>alert(1)</script>\"", "\"2024-02-30\"", "\"RSSMRA80A01H501U\"", "12345678901234567890",
        "\"SIGN\"", "\"ACTIVE\"", "\"../../etc/passwd\"", "\"%00\"", "\"\\uD800\""};
    private static final String[] PATH_VALUES = {"P0000000000", "X", "%20", "..", "a%2Fb", "P" + "0".repeat(300),
        "%ZZ", "T00000000000", "PÀ", "<b>", "0"};

    private static String body(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return "{";
            case 1:
                return "not json at all";
            case 2:
                return "[1,2,3]";
            case 3:
                return "{\"a\":" + VALUES[r.nextInt(VALUES.length)];
            default:
                StringBuilder b = new StringBuilder("{");
                String[] fields = {"fiscal_code", "given_name", "family_name", "citizenship", "domicile_comune",
                    "education_isced", "did_date", "version", "event", "reason", "content", "kind", "label", "due",
                    "assignee", "to_cpi", "username", "password", "role", "capture", "search", "current", "next",
                    "title", "description", "occupationUri", "essentialSkills", "closesOn", "minIsced", "k", "person",
                    "on", "note", "nextStep", "nextStepDue", "day", "venue", "online", "capacity", "channel",
                    "delivery", "attendance", "times", "vacancy", "invitation", "outcome", "account", "procedure",
                    "at"};
                int n = r.nextInt(8);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append('"').append(fields[r.nextInt(fields.length)]).append("\":")
                            .append(VALUES[r.nextInt(VALUES.length)]);
                }
                return b.append('}').toString();
        }
    }

    @Test
    void randomAndHostileInputGetsAProblemDocumentAndNeverA500() throws Exception {
        Random random = new Random(20261207L);
        List<OperatorClient> callers = List.of(
                OperatorClient.signedIn(server.port(), "demo.case-manager", ServerFixture.DEMO_PASSWORD),
                OperatorClient.signedIn(server.port(), "demo.supervisor", ServerFixture.DEMO_PASSWORD),
                OperatorClient.signedIn(server.port(), "demo.account-manager", ServerFixture.DEMO_PASSWORD),
                OperatorClient.signedIn(server.port(), "demo.crisis-unit", ServerFixture.DEMO_PASSWORD));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (ServiceRoutes.Route route : ServiceRoutes.ROUTES) {
                if (route.path().equals("/api/session") || route.path().startsWith("/api/me/password")) {
                    continue; // logging out or changing the password would end the fuzzing sessions
                }
                for (OperatorClient c : callers) {
                    for (int k = 0; k < 8; k++) {
                        String path = route.path().replaceAll("\\{[a-z]+\\}", PATH_VALUES[random.nextInt(
                                PATH_VALUES.length)]);
                        String method = route.method().name();
                        String body = method.equals("GET") ? null : body(random);
                        HttpResponse<String> r;
                        try {
                            r = c.send(method, path, body);
                        } catch (IllegalArgumentException e) {
                            continue; // a URI the client itself refuses to send
                        }
                        requests++;
                        if (r.statusCode() >= 500 || (r.statusCode() >= 400
                                && !r.headers().firstValue("Content-Type").orElse("").contains("problem+json"))) {
                            failures.add(method + " " + path + " " + body + " -> " + r.statusCode() + " "
                                    + r.body().substring(0, Math.min(200, r.body().length())));
                        }
                    }
                }
            }
            for (String lookUp : List.of("/api/comuni/", "/api/ateco/", "/api/cp2011/", "/api/co-codes/",
                    "/api/esco/occupations?label=", "/api/observatory/indicators?measure=hires&by=")) {
                for (String v : PATH_VALUES) {
                    HttpResponse<String> r;
                    try {
                        r = callers.get(0).send("GET", lookUp + v, null);
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    requests++;
                    if (r.statusCode() >= 500) {
                        failures.add("GET " + lookUp + v + " -> " + r.statusCode());
                    }
                }
            }
        }
        System.out.println("route fuzz: " + requests + " requests, " + failures.size() + " failures");
        assertThat(failures).isEmpty();
        assertThat(callers.get(0).send("GET", "/api/me", null).statusCode()).as("the server is still up")
                .isEqualTo(200);
    }
}
