package org.openpes.operational.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Read access to the operational records for operators and the API. Every query is a named, parameterised
 * statement. The fiscal code of a job seeker, and the code of a sole trader (a person's fiscal code), are returned
 * masked: they identify a person and are not needed to read a record. Who filled a vacancy is not returned.
 */
public final class OperationalRecords {
    /** A sole trader's code is a person's fiscal code: served masked, like a job seeker's. */
    private static final String EMPLOYER_CODE = "case when length(employer_code) = 16 then overlay(employer_code "
            + "placing '***********' from 3 for 11) else employer_code end as employer_code";
    private static final String EMPLOYER = "select " + EMPLOYER_CODE + ", ateco2007, ateco2025, section, "
            + "workplace_comune, size_class from employer where employer_code = ?";
    private static final String SEEKER = "select seeker_id, overlay(fiscal_code placing '***********' from 3 for 11)"
            + " as fiscal_code_masked, registration_date, did_date, sex, extract(year from birth_date)::int as "
            + "birth_year, education_isced, citizenship, last_cp2011, esco_occupation, home_comune, max_distance_km,"
            + " availability, preferred_contract, languages, driving_licence from job_seeker where seeker_id = ?";
    private static final String SEEKER_SKILLS = "select skill_uri, source from seeker_skill where seeker_id = ? "
            + "order by source, skill_uri";
    /** Who was hired links a person to an employer: not served until roles decide who may see it. */
    private static final String VACANCY = "select vacancy_id, " + EMPLOYER_CODE + ", ateco, cp2011, "
            + "esco_occupation, comune, contract_type, working_time, min_education_isced, published_date, "
            + "closing_date, hired_seeker_id is not null as filled from vacancy where vacancy_id = ?";
    private static final String VACANCY_SKILLS = "select skill_uri, relation from vacancy_skill where vacancy_id = ?"
            + " order by relation, skill_uri";
    private static final String VACANCIES = "select vacancy_id, " + EMPLOYER_CODE + ", cp2011, esco_occupation, comune, "
            + "contract_type, published_date, closing_date from vacancy order by vacancy_id limit ? offset ?";
    private static final String COURSE = "select * from training_course where course_id = ?";
    private static final String COURSE_SKILLS = "select skill_uri from course_skill where course_id = ? order by 1";
    private static final String SUMMARY = "select (select count(*) from employer) as employers, "
            + "(select count(*) from job_seeker) as job_seekers, (select count(*) from vacancy) as vacancies, "
            + "(select count(*) from training_course) as courses, "
            + "(select max(loaded_at) from region_load) as last_load";

    private final DataSource dataSource;

    public OperationalRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Map<String, Object>> employer(String code) {
        return one(EMPLOYER, code);
    }

    public Optional<Map<String, Object>> seeker(String id) {
        return one(SEEKER, id).map(s -> with(s, "skills", list(SEEKER_SKILLS, id)));
    }

    public Optional<Map<String, Object>> vacancy(String id) {
        return one(VACANCY, id).map(v -> with(v, "skills", list(VACANCY_SKILLS, id)));
    }

    public Optional<Map<String, Object>> course(String id) {
        return one(COURSE, id).map(c -> with(c, "skills", list(COURSE_SKILLS, id)));
    }

    /** A page of vacancies in id order. */
    public List<Map<String, Object>> vacancies(int offset, int limit) {
        return list(VACANCIES, limit, offset);
    }

    public Map<String, Object> summary() {
        return one(SUMMARY).orElseThrow();
    }

    private static Map<String, Object> with(Map<String, Object> row, String key, Object value) {
        row.put(key, value);
        return row;
    }

    private Optional<Map<String, Object>> one(String sql, Object... params) {
        List<Map<String, Object>> rows = list(sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<Map<String, Object>> list(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(md.getColumnLabel(i), v instanceof java.sql.Date d ? d.toLocalDate().toString()
                                : v instanceof java.sql.Timestamp t ? t.toInstant().toString()
                                : v instanceof java.time.temporal.TemporalAccessor ta ? ta.toString() : v);
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new OpenPesException(ErrorCode.OPS_001, "SQL state " + e.getSQLState());
        }
    }
}
