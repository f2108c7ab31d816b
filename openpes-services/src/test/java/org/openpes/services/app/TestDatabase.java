package org.openpes.services.app;

import com.zaxxer.hikari.HikariDataSource;
import org.openpes.core.io.TempDirectories;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.services.pg.PgServicesStore;
import org.openpes.services.pg.Pool;

/** A fresh embedded PostgreSQL with the services' schema, its pool and store, for one test class. */
final class TestDatabase implements AutoCloseable {
    final OperationalDatabase db;
    final HikariDataSource pool;
    final PgServicesStore store;

    private TestDatabase(OperationalDatabase db, int connections) {
        this.db = db;
        this.pool = Pool.over(db.dataSource(), connections);
        this.store = new PgServicesStore(pool);
    }

    static TestDatabase start(String name, int connections) throws Exception {
        return new TestDatabase(OperationalDatabase.open(DatabaseSettings.embedded(TempDirectories.create(name))),
                connections);
    }

    @Override
    public void close() {
        pool.close();
        db.close();
    }
}
