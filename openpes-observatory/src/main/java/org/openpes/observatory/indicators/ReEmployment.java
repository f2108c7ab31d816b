package org.openpes.observatory.indicators;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Re-employment of the workers whose position ended in a period: for each worker, the first end in the period, and
 * the first spell that starts after it (the spells' {@code rehired_on}: the earliest end has the earliest re-hire).
 * The share re-hired within 30, 90, 180 and 365 days counts only the workers
 * observable for that long (end + horizon on or before the last date in the store); the median time to
 * re-employment is the Kaplan–Meier median, with workers not re-hired censored at the last date in the store. The
 * share at 90 days broken down by cell is the indicator measure {@code reemployed_90} over {@code leavers_90}.
 */
public final class ReEmployment {
    public static final int[] HORIZONS = {30, 90, 180, 365};

    /** The result: the cohort, shares by horizon (observable workers, re-hired within), the KM median in days. */
    public record Result(long cohort, Map<Integer, long[]> withinDays, Integer medianDays) {
        public double share(int horizon) {
            long[] v = withinDays.get(horizon);
            return v[0] == 0 ? Double.NaN : (double) v[1] / v[0];
        }
    }

    private ReEmployment() {
    }

    public static Result compute(Connection c, LocalDate from, LocalDate to) {
        String sql = """
                select datediff('day', ended, rehired), datediff('day', ended, (select last_date from observation))
                from (select worker_id, min(end_date) as ended, min(rehired_on) as rehired from spell_ends
                      where end_date between ? and ? group by worker_id)
                """;
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long days = rs.getLong(1);
                    rows.add(new long[] {rs.wasNull() ? -1 : days, rs.getLong(2)});
                }
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "re-employment", "query failed: " + e.getMessage());
        }
        Map<Integer, long[]> within = new LinkedHashMap<>();
        for (int h : HORIZONS) {
            long observable = 0;
            long rehired = 0;
            for (long[] r : rows) {
                boolean seenWithin = r[0] >= 0 && r[0] <= h;
                if (seenWithin || r[1] >= h) {
                    observable++;
                    if (seenWithin) {
                        rehired++;
                    }
                }
            }
            within.put(h, new long[] {observable, rehired});
        }
        return new Result(rows.size(), within, kaplanMeierMedian(rows));
    }

    /** Kaplan–Meier: at each event time, S *= 1 − events / at risk; the median is the first time S ≤ 0.5. */
    static Integer kaplanMeierMedian(List<long[]> rows) {
        List<long[]> times = new ArrayList<>();
        for (long[] r : rows) {
            times.add(r[0] >= 0 ? new long[] {r[0], 1} : new long[] {r[1], 0});
        }
        times.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
        double survival = 1.0;
        int atRisk = times.size();
        int i = 0;
        while (i < times.size()) {
            long t = times.get(i)[0];
            int events = 0;
            int leaving = 0;
            while (i < times.size() && times.get(i)[0] == t) {
                events += (int) times.get(i)[1];
                leaving++;
                i++;
            }
            if (events > 0) {
                survival *= 1.0 - (double) events / atRisk;
                if (survival <= 0.5) {
                    return (int) t;
                }
            }
            atRisk -= leaving;
        }
        return null;
    }
}
