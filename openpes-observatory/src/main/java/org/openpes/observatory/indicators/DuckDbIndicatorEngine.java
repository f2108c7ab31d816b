package org.openpes.observatory.indicators;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * The DuckDB engine over the store's {@code spell_ends} view. SQL is assembled only from the enums' fixed
 * expressions; dates and filter values are bound parameters.
 */
public final class DuckDbIndicatorEngine implements IndicatorEngine {
    private final Connection connection;

    public DuckDbIndicatorEngine(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Cell> compute(IndicatorQuery q) {
        LocalDate from = q.from().atDay(1);
        LocalDate to = q.to().atEndOfMonth();
        List<Cell> out = new ArrayList<>();
        Map<List<String>, Cell> hires = null;
        Map<List<String>, Cell> terminations = null;
        for (Measure m : q.measures()) {
            switch (m) {
                case HIRES, HIRES_WORKERS -> out.addAll(flow(q, m, "start_date", from, to));
                case TERMINATIONS, TERMINATIONS_WORKERS -> out.addAll(flow(q, m, "end_date", from, to));
                case STOCK -> out.addAll(stock(q, from, to));
                case NET -> {
                    hires = byKey(flow(q, Measure.HIRES, "start_date", from, to));
                    terminations = byKey(flow(q, Measure.TERMINATIONS, "end_date", from, to));
                    out.addAll(net(hires, terminations));
                }
            }
        }
        return out;
    }

    private static Map<List<String>, Cell> byKey(List<Cell> cells) {
        return cells.stream().collect(Collectors.toMap(Cell::key, c -> c));
    }

    private static List<Cell> net(Map<List<String>, Cell> hires, Map<List<String>, Cell> terminations) {
        Map<List<String>, Cell> all = new HashMap<>(hires);
        terminations.keySet().forEach(k -> all.putIfAbsent(k, null));
        List<Cell> out = new ArrayList<>();
        for (List<String> key : all.keySet()) {
            Cell h = hires.get(key);
            Cell t = terminations.get(key);
            long value = (h == null ? 0 : h.value()) - (t == null ? 0 : t.value());
            long workers = h == null ? t.workers() : t == null ? h.workers() : Math.min(h.workers(), t.workers());
            out.add(new Cell(key, Measure.NET, value, workers, false));
        }
        return out;
    }

    private List<Cell> flow(IndicatorQuery q, Measure m, String dateColumn, LocalDate from, LocalDate to) {
        String sql = "with base as (select *, " + dateColumn + " as d from spell_ends where " + dateColumn
                + " between ? and ?) select " + dims(q) + "count(*), count(distinct worker_key) from base"
                + where(q) + groupBy(q);
        boolean workersValue = m == Measure.HIRES_WORKERS || m == Measure.TERMINATIONS_WORKERS;
        return run(sql, q, m, workersValue, from, to);
    }

    private List<Cell> stock(IndicatorQuery q, LocalDate from, LocalDate to) {
        String step = q.by().contains(Dimension.MONTH) ? "1 month"
                : q.by().contains(Dimension.QUARTER) ? "3 month" : q.by().contains(Dimension.YEAR) ? "1 year" : null;
        String periods = step == null ? "select cast(? as date) as d, cast(? as date) as unused"
                : "select (g + interval " + step + " - interval 1 day)::date as d, cast(? as date) as unused "
                        + "from generate_series(cast(? as timestamp), cast(? as timestamp), interval " + step
                        + ") t(g)";
        String sql = "with p as (" + periods + "), base as (select s.*, p.d from p join spell_ends s "
                + "on s.start_date <= p.d and (s.end_date is null or s.end_date > p.d)) select " + dims(q)
                + "count(*), count(distinct worker_key) from base" + where(q) + groupBy(q);
        if (step == null) {
            return run(sql, q, Measure.STOCK, false, to, to);
        }
        return run(sql, q, Measure.STOCK, false, to, startOfPeriod(step, from), startOfPeriod(step, to));
    }

    /** The first day of the period (month, quarter or year) that contains {@code day}. */
    private static LocalDate startOfPeriod(String step, LocalDate day) {
        return switch (step) {
            case "1 month" -> day.withDayOfMonth(1);
            case "3 month" -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            default -> day.withDayOfYear(1);
        };
    }

    private static String dims(IndicatorQuery q) {
        StringBuilder sb = new StringBuilder();
        for (Dimension d : q.by()) {
            sb.append(d.sql()).append(", ");
        }
        return sb.toString();
    }

    private static String where(IndicatorQuery q) {
        if (q.filters().isEmpty()) {
            return "";
        }
        return " where " + q.filters().keySet().stream().sorted().map(d -> d.sql() + " = ?")
                .collect(Collectors.joining(" and "));
    }

    private static String groupBy(IndicatorQuery q) {
        return q.by().isEmpty() ? "" : " group by all";
    }

    private List<Cell> run(String sql, IndicatorQuery q, Measure m, boolean workersValue, Object... dates) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object d : dates) {
                ps.setDate(i++, Date.valueOf((LocalDate) d));
            }
            for (Dimension d : q.filters().keySet().stream().sorted().toList()) {
                ps.setString(i++, q.filters().get(d));
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
                    out.add(new Cell(List.copyOf(key), m, workersValue ? workers : contracts, workers, false));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "indicators", "query failed: " + e.getMessage());
        }
    }
}
