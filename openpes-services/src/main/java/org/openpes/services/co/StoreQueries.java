package org.openpes.services.co;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.store.EventStore;

/**
 * How the services read the store: each call on a connection of its own (a duplicate of the store's, so that
 * requests do not share one), its rows to a reader; and, for a call about many people or firms, a table of the
 * call's own in the store's in-memory catalogue (shared by its connections), filled by an appender and dropped at
 * the end. A failure is OPES-CO-034 naming what was read.
 */
final class StoreQueries {
    private final EventStore store;

    StoreQueries(EventStore store) {
        this.store = store;
    }

    interface Rows {
        void read(ResultSet rs) throws SQLException;
    }

    interface Fill {
        void into(DuckDBAppender a) throws SQLException;
    }

    void query(String sql, Rows rows, String what) {
        try (Connection c = connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.read(rs);
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "store", what + ": " + e.getMessage());
        }
    }

    /**
     * Creates a table of this call's own with {@code columns} (e.g. {@code "k varchar, worker_key varchar"}), fills
     * it, runs {@code prepare} on it when given (e.g. a change of a column's type), then the query that
     * {@code sqlOf} writes for the table's name, and drops the table.
     */
    void withTable(String columns, Fill fill, String prepare, UnaryOperator<String> sqlOf, Rows rows, String what) {
        String table = "call_" + java.util.UUID.randomUUID().toString().replace("-", "");
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute("create table " + table + " (" + columns + ")");
            try {
                try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(
                        DuckDBConnection.DEFAULT_SCHEMA, table)) {
                    fill.into(a);
                }
                if (prepare != null) {
                    st.execute(prepare.replace("{table}", table));
                }
                try (ResultSet rs = st.executeQuery(sqlOf.apply(table))) {
                    while (rs.next()) {
                        rows.read(rs);
                    }
                }
            } finally {
                st.execute("drop table " + table);
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "store", what + ": " + e.getMessage());
        }
    }

    private Connection connection() throws SQLException {
        return store.connection().unwrap(DuckDBConnection.class).duplicate();
    }
}
