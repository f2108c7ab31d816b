package org.openpes.services.pg;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** A pool of connections over the operational database's data source (not one connection shared by every request). */
public final class Pool {
    private Pool() {
    }

    /** A pool of at most {@code size} connections; close it with the application. */
    public static HikariDataSource over(DataSource source, int size) {
        HikariConfig c = new HikariConfig();
        c.setDataSource(source);
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(Math.min(2, size));
        c.setPoolName("openpes-services");
        c.setConnectionTimeout(10_000);
        return new HikariDataSource(c);
    }
}
