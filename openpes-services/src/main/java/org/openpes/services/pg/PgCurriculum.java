package org.openpes.services.pg;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jdbi.v3.core.Handle;
import org.openpes.services.app.CurriculumRecords;
import org.openpes.services.curriculum.Curriculum;
import org.openpes.services.curriculum.DeclaredExperience;
import org.openpes.services.curriculum.Education;
import org.openpes.services.curriculum.PersonSkill;
import org.openpes.services.curriculum.Training;
import org.openpes.services.people.PersonId;

/** The curriculum's tables (migration V12, and seeker_skill of V1) inside one use case's transaction. */
final class PgCurriculum implements CurriculumRecords {
    private final Handle h;
    private final Runnable writes;

    PgCurriculum(Handle h, Runnable writes) {
        this.h = h;
        this.writes = writes;
    }

    @Override
    public Curriculum of(PersonId id) {
        String p = id.value();
        var education = h.createQuery("select isced, title, year from person_education where seeker_id = :p "
                + "order by year desc, title").bind("p", p)
                .map((rs, ctx) -> new Education(rs.getInt(1), rs.getString(2), rs.getInt(3))).list();
        var training = h.createQuery("select title, provider, year, hours, certified from person_training "
                + "where seeker_id = :p order by year desc, title").bind("p", p)
                .map((rs, ctx) -> new Training(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getBoolean(5))).list();
        var experience = h.createQuery("select occupation_uri, employer, from_month, to_month from person_experience "
                + "where seeker_id = :p order by from_month desc").bind("p", p)
                .map((rs, ctx) -> new DeclaredExperience(rs.getString(1), rs.getString(2),
                        YearMonth.from(rs.getObject(3, LocalDate.class)),
                        rs.getObject(4) == null ? null : YearMonth.from(rs.getObject(4, LocalDate.class)))).list();
        var skills = h.createQuery("select skill_uri, source from seeker_skill where seeker_id = :p "
                + "order by source, skill_uri").bind("p", p)
                .map((rs, ctx) -> new PersonSkill(rs.getString(1), PersonSkill.Source.valueOf(rs.getString(2))))
                .list();
        var more = h.createQuery("select languages, coalesce(driving_licence, '') from job_seeker where seeker_id = :p")
                .bind("p", p).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne()
                .orElse(new String[] {"", ""});
        var mobility = h.createQuery("select country from person_mobility where seeker_id = :p order by country")
                .bind("p", p).mapTo(String.class).list();
        return new Curriculum(education, training, experience, skills, more[0], more[1], mobility);
    }

    @Override
    public boolean add(PersonId id, Education e, String actor) {
        writes.run();
        return h.createUpdate("insert into person_education (seeker_id, isced, title, year, recorded_by) "
                + "values (:p, :isced, :title, :year, :actor) on conflict do nothing").bind("p", id.value())
                .bind("isced", e.isced()).bind("title", e.title()).bind("year", e.year()).bind("actor", actor)
                .execute() == 1;
    }

    @Override
    public boolean add(PersonId id, Training t, String actor) {
        writes.run();
        return h.createUpdate("insert into person_training (seeker_id, title, provider, year, hours, certified, "
                + "recorded_by) values (:p, :title, :provider, :year, :hours, :certified, :actor) "
                + "on conflict do nothing").bind("p", id.value()).bind("title", t.title())
                .bind("provider", t.provider()).bind("year", t.year()).bind("hours", t.hours())
                .bind("certified", t.certified()).bind("actor", actor).execute() == 1;
    }

    @Override
    public boolean add(PersonId id, DeclaredExperience x, String actor) {
        writes.run();
        return h.createUpdate("insert into person_experience (seeker_id, occupation_uri, employer, from_month, "
                + "to_month, recorded_by) values (:p, :uri, :employer, :from, :to, :actor) on conflict do nothing")
                .bind("p", id.value()).bind("uri", x.occupationUri()).bind("employer", x.employer())
                .bind("from", x.from().atDay(1)).bind("to", x.to() == null ? null : x.to().atDay(1))
                .bind("actor", actor).execute() == 1;
    }

    @Override
    public boolean declareSkill(PersonId id, String skillUri) {
        writes.run();
        return h.createUpdate("insert into seeker_skill (seeker_id, skill_uri, source) values (:p, :uri, 'DECLARED') "
                + "on conflict (seeker_id, skill_uri) do update set source = 'DECLARED' "
                + "where seeker_skill.source <> 'DECLARED'").bind("p", id.value()).bind("uri", skillUri)
                .execute() == 1;
    }

    @Override
    public boolean declareMobility(PersonId id, String country, String actor) {
        writes.run();
        return h.createUpdate("insert into person_mobility (seeker_id, country, recorded_by) values (:p, :c, :actor) "
                + "on conflict do nothing").bind("p", id.value()).bind("c", country).bind("actor", actor)
                .execute() == 1;
    }

    @Override
    public boolean addLanguage(PersonId id, String language) {
        writes.run();
        return h.createUpdate("update job_seeker set languages = case when languages = '' then :l "
                + "else languages || ';' || :l end where seeker_id = :p "
                + "and not (:l = any(string_to_array(languages, ';')))").bind("p", id.value()).bind("l", language)
                .execute() == 1;
    }
}
