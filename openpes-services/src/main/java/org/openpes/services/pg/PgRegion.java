package org.openpes.services.pg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.openpes.core.identity.FiscalCode;
import org.openpes.services.app.WorkHistories;
import org.openpes.services.people.PersonId;
import org.openpes.skills.match.RegionSource;
import org.openpes.skills.match.SeekerProfile;
import org.openpes.skills.match.VacancyProfile;
import org.openpes.skills.training.Course;

/**
 * The region as the operational database holds it, for matching, transitions and training: the registry's people
 * (job_seeker with seeker_skill), the vacancies and the course catalogue, the same records that the API
 * serves. The jobs people held before registering come from the observatory's store (corrections and annulments
 * applied) through {@link WorkHistories}; without a store they have none. A person registered without a commuting
 * radius is matched within {@value #DEFAULT_RADIUS_KM} km.
 */
public final class PgRegion implements RegionSource {
    static final int DEFAULT_RADIUS_KM = 30;
    /** People are read and their histories looked up this many at a time. */
    private static final int BATCH = 50_000;

    private final Jdbi jdbi;
    private final WorkHistories histories;

    /** @param histories where earlier jobs come from, or null for none */
    public PgRegion(DataSource pool, WorkHistories histories) {
        this.jdbi = Jdbi.create(pool);
        this.histories = histories;
    }

    private record Row(SeekerProfile profile, WorkHistories.Registered registered) {
    }

    @Override
    public int seekers(SeekerSink sink) {
        int[] count = {0};
        List<Row> batch = new ArrayList<>(BATCH);
        jdbi.useTransaction(h -> h.createQuery("""
                select s.seeker_id, s.fiscal_code, s.registration_date, s.esco_occupation, s.education_isced,
                       s.languages, s.driving_licence, s.home_comune, s.max_distance_km, s.availability,
                       s.preferred_contract,
                       array(select k.skill_uri from seeker_skill k where k.seeker_id = s.seeker_id
                             order by k.skill_uri) as skills
                from job_seeker s order by s.seeker_id""").setFetchSize(5_000).map((rs, ctx) -> {
                    String id = rs.getString("seeker_id");
                    Integer radius = (Integer) rs.getObject("max_distance_km");
                    String licence = rs.getString("driving_licence");
                    SeekerProfile p = new SeekerProfile(id, rs.getString("esco_occupation"),
                            List.of((String[]) rs.getArray("skills").getArray()), rs.getInt("education_isced"),
                            Arrays.stream(rs.getString("languages").split(";")).filter(l -> !l.isBlank()).toList(),
                            licence == null ? "" : licence, rs.getString("home_comune"),
                            radius == null ? DEFAULT_RADIUS_KM : radius, rs.getString("availability"),
                            rs.getString("preferred_contract"));
                    return new Row(p, new WorkHistories.Registered(new PersonId(id),
                            FiscalCode.parse(rs.getString("fiscal_code")),
                            rs.getObject("registration_date", LocalDate.class)));
                }).forEach(r -> {
                    batch.add(r);
                    if (batch.size() == BATCH) {
                        count[0] += flush(batch, sink);
                    }
                }));
        count[0] += flush(batch, sink);
        return count[0];
    }

    private int flush(List<Row> batch, SeekerSink sink) {
        Map<PersonId, List<String>> earlier = histories == null ? Map.of()
                : histories.occupationsBefore(batch.stream().map(Row::registered).toList());
        for (Row r : batch) {
            sink.accept(r.profile(), earlier.getOrDefault(r.registered().id(), List.of()));
        }
        int n = batch.size();
        batch.clear();
        return n;
    }

    /** Every vacancy of the register, by id, as a region folder gives them (filled ones too). */
    @Override
    public Map<String, VacancyProfile> vacancies() {
        Map<String, List<String>> essential = new HashMap<>();
        Map<String, List<String>> optional = new HashMap<>();
        Map<String, VacancyProfile> out = new LinkedHashMap<>();
        jdbi.useTransaction(h -> {
            h.createQuery("select vacancy_id, skill_uri, relation from vacancy_skill order by vacancy_id, skill_uri")
                    .setFetchSize(10_000).map((rs, ctx) -> {
                        ("essential".equals(rs.getString(3)) ? essential : optional)
                                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                        return null;
                    }).forEach(x -> { });
            h.createQuery("""
                    select vacancy_id, employer_code, esco_occupation, comune, contract_type, working_time,
                           min_education_isced
                    from vacancy order by vacancy_id""").setFetchSize(10_000).map((rs, ctx) -> {
                        String id = rs.getString(1);
                        return new VacancyProfile(id, rs.getString(2), rs.getString(3),
                                essential.getOrDefault(id, List.of()), optional.getOrDefault(id, List.of()),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7));
                    }).forEach(v -> out.put(v.id(), v));
        });
        return out;
    }

    @Override
    public List<Course> courses() {
        Map<String, Set<String>> skills = new HashMap<>();
        return jdbi.inTransaction(h -> {
            h.createQuery("select course_id, skill_uri from course_skill").setFetchSize(10_000).map((rs, ctx) ->
                    skills.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)))
                    .forEach(x -> { });
            return h.createQuery("select course_id, title, provider, comune, hours from training_course "
                    + "order by course_id").map((rs, ctx) -> new Course(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getInt(5),
                            skills.getOrDefault(rs.getString(1), Set.of()))).list();
        });
    }
}
