package org.openpes.operational;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;

/**
 * The contract on an external server reached by URL, as in production. The server is {@code OPENPES_TEST_DB_URL}
 * when set; otherwise a separate PostgreSQL process started for the test and reached only through its URL.
 */
class ExternalPostgresLoaderTest extends RegionLoaderContract {
    static EmbeddedPostgres server;
    static OperationalDatabase db;

    @BeforeAll
    static void connect() throws Exception {
        String url = System.getenv("OPENPES_TEST_DB_URL");
        if (url == null) {
            server = EmbeddedPostgres.builder().start();
            url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        }
        db = OperationalDatabase.open(DatabaseSettings.fromEnvironment(
                Map.of("OPENPES_DB_URL", url, "OPENPES_DB_USER", "postgres"), null));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        if (server != null) {
            server.close();
        }
    }

    @Override
    OperationalDatabase database() {
        return db;
    }
}
