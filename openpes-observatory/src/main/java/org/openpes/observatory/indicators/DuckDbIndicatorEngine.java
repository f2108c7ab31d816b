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

    private List<Cell> run(IndicatorSql.Statement statement, IndicatorQuery q, Measure m) {
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
                List<Cell> out = new ArrayList<>();
                while (rs.next()) {
                    List<String> key = new ArrayList<>();
                    for (int k = 1; k <= q.by().size(); k++) {
                        key.add(rs.getString(k));
                    }
                    long contracts = rs.getLong(q.by().size() + 1);
                    long workers = rs.getLong(q.by().size() + 2);
                    out.add(new Cell(Collections.unmodifiableList(key), m, contracts, workers, false));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "indicators", "query failed: " + e.getMessage());
        }
    }
}
