package org.openpes.operational.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL database of operational records, embedded or external, with its schema migrated by Flyway on open.
 */
public final class OperationalDatabase implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final DataSource dataSource;
    private final String description;

    private OperationalDatabase(EmbeddedPostgres embedded, DataSource dataSource, String description) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.description = description;
    }

    /** Starts (embedded) or connects to (external) the database, then migrates its schema. */
    public static OperationalDatabase open(DatabaseSettings settings) {
        OperationalDatabase db = settings.isEmbedded() ? startEmbedded(settings) : connect(settings);
        db.migrate();
        return db;
    }

    private static OperationalDatabase startEmbedded(DatabaseSettings s) {
        try {
            EmbeddedCluster.Started started = EmbeddedCluster.start(s.dataDir());
            EmbeddedPostgres pg = started.postgres();
            return new OperationalDatabase(pg, started.dataSource(),
                    "embedded PostgreSQL on port " + pg.getPort() + " (data in " + s.dataDir() + ")");
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            throw new OpenPesException(e, ErrorCode.OPS_001, "embedded PostgreSQL did not start: " + e.getMessage());
        }
    }

    private static OperationalDatabase connect(DatabaseSettings s) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(s.url());
        ds.setUser(s.user());
        ds.setPassword(s.password());
        try (Connection c = ds.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.OPS_001, e.getMessage());
        }
        return new OperationalDatabase(null, ds, "PostgreSQL at " + s.url().replaceAll("password=[^&]*", "password=***"));
    }

    private void migrate() {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            throw new OpenPesException(e, ErrorCode.OPS_002, e.getMessage());
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Where the database is, for logs (never with a password). */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new OpenPesException(e, ErrorCode.OPS_001, "embedded PostgreSQL did not stop: " + e.getMessage());
            }
        }
    }
}
