package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.api.services.ServiceRoutes;
import org.openpes.services.access.Role;

/**
 * The role × route matrix, walked: every route of the service with every role and with an anonymous caller. A role
 * without the route's permission gets 403 OPES-SRV-007, an anonymous caller 401 OPES-SRV-010, a change without the
 * CSRF token 403 OPES-SRV-013; a role with it gets through the guard (its answer may still be 400 or 404 for the
 * made-up ids used here). docs/security.md must show the same matrix.
 */
class RoleRouteMatrixTest {
    static ApiServer server;
    static final Map<Role, OperatorClient> SESSIONS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.server();
        for (Role r : Role.values()) {
            SESSIONS.put(r, OperatorClient.signedIn(server.port(), "demo." + r.name().toLowerCase()
                    .replace('_', '-'), ServerFixture.DEMO_PASSWORD));
        }
    }

    private static String concrete(String path) {
        return path.replace("/api/people/{id}", "/api/people/P0000000000")
                .replace("{id}", "X0000000000").replace("{username}", "nobody").replace("{followUp}", "M0-1");
    }

    @Test
    void everyRouteWithEveryRoleAndAnonymously() throws Exception {
        int cells = 0;
        for (ServiceRoutes.Route route : ServiceRoutes.ROUTES) {
            if (route.isPublic() || route.path().equals("/api/session")) {
                continue; // logging in and out: the workflow test
            }
            String method = route.method().name();
            String path = concrete(route.path());
            String body = method.equals("GET") ? null : "{}";
            HttpResponse<String> anonymous = new OperatorClient(server.port()).send(method, path, body);
            assertThat(anonymous.statusCode()).as("anonymous %s %s", method, path).isEqualTo(401);
            assertThat(OperatorClient.code(anonymous)).isEqualTo("OPES-SRV-010");
            cells++;
            for (Role role : Role.values()) {
                OperatorClient c = SESSIONS.get(role);
                HttpResponse<String> r = c.send(method, path, body);
                boolean allowed = route.useCase() == null || role.may(route.useCase().permission());
                if (allowed) {
                    assertThat(OperatorClient.code(r)).as("%s %s %s: %s", role, method, path, r.body())
                            .isNotIn("OPES-SRV-007", "OPES-SRV-010", "OPES-SRV-013");
                    assertThat(r.statusCode()).isNotIn(401, 500);
                    if (!method.equals("GET")) {
                        HttpResponse<String> noCsrf = c.send(method, path, body, false);
                        assertThat(noCsrf.statusCode()).isEqualTo(403);
                        assertThat(OperatorClient.code(noCsrf)).isEqualTo("OPES-SRV-013");
                    }
                } else {
                    assertThat(r.statusCode()).as("%s %s %s: %s", role, method, path, r.body()).isEqualTo(403);
                    assertThat(OperatorClient.code(r)).isEqualTo("OPES-SRV-007");
                }
                cells++;
            }
        }
        System.out.println("role x route matrix: " + cells + " cells walked ("
                + (ServiceRoutes.ROUTES.size() - 2) + " routes x " + (Role.values().length + 1) + " callers)");
        assertThat(cells).isEqualTo((ServiceRoutes.ROUTES.size() - 2) * (Role.values().length + 1));
    }

    @Test
    void theDocumentedMatrixIsTheMatrixOfTheCode() throws Exception {
        String doc = Files.readString(Path.of("../docs/security.md"));
        String table = SecurityMatrix.markdown();
        assertThat(doc).as("docs/security.md must contain the matrix below; regenerate it:%n%s", table)
                .contains(table);
    }
}
