package org.openpes.services.pg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.openpes.services.app.CrossBorderRecords;
import org.openpes.services.crossborder.Cefr;
import org.openpes.services.crossborder.CrossBorderVacancy;
import org.openpes.services.crossborder.ForeignContract;
import org.openpes.services.crossborder.LanguageRequirement;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;

/** The cross-border tables (migration V15) inside one use case's transaction. */
final class PgCrossBorder implements CrossBorderRecords {
    private static final String VACANCY = "select vacancy_id, source, foreign_id, country, nuts3, place, title, "
            + "description, occupation_uri, occupation_title, skills, languages, contract, hours_per_week, "
            + "published_on, closes_on from cross_border_vacancy ";
    private final Handle h;
    private final Runnable writes;

    PgCrossBorder(Handle h, Runnable writes) {
        this.h = h;
        this.writes = writes;
    }

    @Override
    public Map<String, String> idsOf(String source, Collection<String> foreignIds) {
        Map<String, String> out = new HashMap<>();
        h.createQuery("select foreign_id, vacancy_id from cross_border_vacancy where source = :s "
                + "and foreign_id = any(:ids)").bind("s", source).bind("ids", foreignIds.toArray(String[]::new))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void insert(FeedRecord f, String actor) {
        writes.run();
        h.createUpdate("insert into cross_border_feed (feed_id, source, country, extracted_on, rows, created, "
                + "updated, imported_by) values (:id, :source, :country, :extracted, :rows, :created, :updated, "
                + ":actor)").bind("id", f.id()).bind("source", f.source()).bind("country", f.country())
                .bind("extracted", f.extractedOn()).bind("rows", f.rows()).bind("created", f.created())
                .bind("updated", f.updated()).bind("actor", actor).execute();
    }

    @Override
    public void save(CrossBorderVacancy v, String feedId) {
        writes.run();
        h.createUpdate("insert into cross_border_vacancy (vacancy_id, source, foreign_id, country, nuts3, "
                + "place, title, description, occupation_uri, occupation_title, skills, languages, contract, "
                + "hours_per_week, published_on, closes_on, feed_id) values (:id, :source, :foreign, :country, "
                + ":nuts3, :place, :title, :description, :occupation, :fromTitle, :skills, :languages, :contract, "
                + ":hours, :published, :closes, :feed) on conflict (vacancy_id) do update set nuts3 = excluded.nuts3, "
                + "place = excluded.place, title = excluded.title, description = excluded.description, "
                + "occupation_uri = excluded.occupation_uri, occupation_title = excluded.occupation_title, "
                + "skills = excluded.skills, languages = excluded.languages, contract = excluded.contract, "
                + "hours_per_week = excluded.hours_per_week, published_on = excluded.published_on, "
                + "closes_on = excluded.closes_on, feed_id = excluded.feed_id")
                .bind("id", v.id()).bind("source", v.source()).bind("foreign", v.foreignId())
                .bind("country", v.country()).bind("nuts3", v.nuts3()).bind("place", v.place())
                .bind("title", v.title()).bind("description", v.description()).bind("occupation", v.occupationUri())
                .bind("fromTitle", v.occupationFromTitle()).bind("skills", v.skills().toArray(String[]::new))
                .bind("languages", String.join(";", v.languages().stream().map(LanguageRequirement::toString)
                        .toList()))
                .bind("contract", v.contract().name()).bind("hours", v.hoursPerWeek())
                .bind("published", v.publishedOn()).bind("closes", v.closesOn()).bind("feed", feedId).execute();
    }

    @Override
    public List<CrossBorderVacancy> open(LocalDate day) {
        return h.createQuery(VACANCY + "where closes_on >= :day order by closes_on, vacancy_id").bind("day", day)
                .map((rs, ctx) -> vacancy(rs)).list();
    }

    @Override
    public Optional<CrossBorderVacancy> vacancy(String id) {
        return h.createQuery(VACANCY + "where vacancy_id = :id").bind("id", id).map((rs, ctx) -> vacancy(rs))
                .findOne();
    }

    @Override
    public List<FeedRecord> feeds(int limit) {
        return h.createQuery("select feed_id, source, country, extracted_on, rows, created, updated "
                + "from cross_border_feed order by imported_at desc, feed_id desc limit :n").bind("n", limit)
                .map((rs, ctx) -> new FeedRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6), rs.getInt(7))).list();
    }

    @Override
    public List<Person> mobile(String country, Collection<String> languages, Set<String> cpis) {
        String[] foreign = languages.stream().filter(l -> !l.equals("it")).distinct().toArray(String[]::new);
        List<PersonId> ids = h.createQuery("select s.seeker_id from person_mobility m join job_seeker s "
                + "using (seeker_id) where m.country = :country and s.owner_cpi = any(:cpis) "
                + "and string_to_array(s.languages, ';') @> cast(:languages as text[]) order by s.seeker_id")
                .bind("country", country).bind("cpis", cpis.toArray(String[]::new)).bind("languages", foreign)
                .map((rs, ctx) -> new PersonId(rs.getString(1))).list();
        return ids.isEmpty() ? List.of() : PgServicesStore.people(h, ids);
    }

    private static CrossBorderVacancy vacancy(ResultSet rs) throws SQLException {
        List<LanguageRequirement> languages = Arrays.stream(rs.getString(12).split(";")).filter(s -> !s.isEmpty())
                .map(s -> new LanguageRequirement(s.substring(0, 2), Cefr.valueOf(s.substring(3)))).toList();
        return new CrossBorderVacancy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getBoolean(10), List.of((String[]) rs.getArray(11).getArray()), languages,
                ForeignContract.valueOf(rs.getString(13)), rs.getInt(14), rs.getObject(15, LocalDate.class),
                rs.getObject(16, LocalDate.class));
    }
}
