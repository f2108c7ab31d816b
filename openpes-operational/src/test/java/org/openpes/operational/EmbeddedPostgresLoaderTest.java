package org.openpes.operational;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openpes.core.io.TempDirectories;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;

/** The contract on the embedded PostgreSQL the one-command start uses. */
class EmbeddedPostgresLoaderTest extends RegionLoaderContract {
    static OperationalDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = OperationalDatabase.open(DatabaseSettings.embedded(TempDirectories.create("openpes-pg")));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Override
    OperationalDatabase database() {
        return db;
    }
}
