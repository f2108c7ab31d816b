package org.openpes.observatory.indicators;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Youth insertion: for the people first seen under 30 (age class of their first spell), the time from that first
 * spell to their first permanent contract or apprenticeship (a hire of that group, or a transformation to
 * permanent), as a Kaplan–Meier median with censoring at the last date in the store; and the apprenticeship share
 * of hires by year.
 */
public final class YouthInsertion {

    /** The cohort, the Kaplan–Meier median in days (null if not reached), and the apprenticeship share by year. */
    public record Result(long cohort, long reached, Integer medianDays, Map<String, Double> apprenticeshipShare) {
    }

    private YouthInsertion() {
    }

    public static Result compute(Connection c) {
        String sql = """
                with first_seen as (
                  select worker_key, min(start_date) as entered,
                         arg_min(age_class, start_date) as age_class
                  from spell_ends group by worker_key
                ), stable as (
                  select worker_key, start_date as d from spell_ends
                  where contract_group in ('PERMANENT', 'APPRENTICESHIP')
                  union all
                  select worker_key, event_date as d from transformations_to_permanent
                ), last_date as (select max(event_date) as d from events)
                select datediff('day', f.entered, min(s.d)), datediff('day', f.entered, (select d from last_date))
                from first_seen f left join stable s on s.worker_key = f.worker_key and s.d >= f.entered
                where f.age_class in ('15-24', '25-29')
                group by f.worker_key, f.entered
                """;
        List<long[]> rows = new ArrayList<>();
        Map<String, Double> share = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    long days = rs.getLong(1);
                    rows.add(new long[] {rs.wasNull() ? -1 : days, rs.getLong(2)});
                }
            }
            try (ResultSet rs = st.executeQuery("select year(start_date), avg(case when contract_group = "
                    + "'APPRENTICESHIP' then 1.0 else 0.0 end) from spell_ends group by 1 order by 1")) {
                while (rs.next()) {
                    share.put(rs.getString(1), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, "youth insertion", "query failed: " + e.getMessage());
        }
        long reached = rows.stream().filter(r -> r[0] >= 0).count();
        return new Result(rows.size(), reached, ReEmployment.kaplanMeierMedian(rows), share);
    }
}
