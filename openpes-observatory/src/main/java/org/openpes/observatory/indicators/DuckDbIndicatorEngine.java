package org.openpes.observatory.indicators;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** The DuckDB engine: the shared {@link IndicatorSql} run over the store's {@code spell_ends} table. */
public final class DuckDbIndicatorEngine implements IndicatorEngine {
    private final Connection connection;
    private final IndicatorSql sql = new IndicatorSql(SqlDialect.DUCKDB);

    public DuckDbIndicatorEngine(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Cell> compute(IndicatorQuery q) {
        return sql.compute(q, this::run);
    }

    private List<IndicatorSql.Row> run(IndicatorSql.Statement statement, IndicatorQuery q) {
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            int i = 1;
            for (Object p : statement.parameters()) {
                if (p instanceof LocalDate d) {
                    ps.setDate(i++, Date.valueOf(d));
                } else {
                    ps.setString(i++, (String) p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                int keys = q.by().size();
                List<IndicatorSql.Row> out = new ArrayList<>();
                while (rs.next()) {
                    List<String> key = new ArrayList<>();
                    for (int k = 1; k <= keys; k++) {
                        key.add(rs.getString(k));
                    }
                    long[] values = new long[columns - keys];
                    for (int v = 0; v < values.length; v++) {
                        values[v] = rs.getLong(keys + 1 + v);
                    }
                    out.add(new IndicatorSql.Row(Collections.unmodifiableList(key), values));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "indicators", "query failed: " + e.getMessage());
        }
    }
}
