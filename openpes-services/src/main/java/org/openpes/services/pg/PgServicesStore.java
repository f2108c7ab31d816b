package org.openpes.services.pg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.operational.audit.AuditEntry;
import org.openpes.services.app.ServicesStore;
import org.openpes.services.patto.ActionKind;
import org.openpes.services.patto.ActionState;
import org.openpes.services.patto.Patto;
import org.openpes.services.patto.PattoAction;
import org.openpes.services.patto.PattoContent;
import org.openpes.services.patto.PattoState;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;

/** The services' records in PostgreSQL (migration V3): people in {@code job_seeker}, patti, revisions, actions. */
public final class PgServicesStore implements ServicesStore {
    private static final String PERSON = "select seeker_id, fiscal_code, given_name, family_name, sex, birth_date, "
            + "citizenship, home_comune, education_isced, did_date, owner_cpi, version from job_seeker ";
    private static final String PATTO = "select patto_id, seeker_id, state, content, version from patto ";
    /** A case manager's signed, active or suspended patti, newest change first (binds :cm and :limit). */
    private static final String MANAGED = "select patto_id, seeker_id, state, version, updated_at from patto "
            + "where case_manager = :cm and state in ('SIGNED', 'ACTIVE', 'SUSPENDED') order by updated_at desc "
            + "limit :limit";
    /** The final states of an action, for the database's counts. */
    private static final String[] FINAL = org.openpes.services.patto.ActionWorkflow.TABLE.finalStates().stream()
            .map(Enum::name).toArray(String[]::new);
    private static final String ACTION = "select action_id, patto_id, kind, label, state, due_date, assignee, "
            + "version from patto_action ";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final Jdbi jdbi;

    public PgServicesStore(DataSource pool) {
        this.jdbi = Jdbi.create(pool);
    }

    /** One transaction, retried on a connection found dead before anything was done (see PgTransactions). */
    @Override
    public <T> T inTransaction(String actor, Function<Tx, T> work) {
        return PgTransactions.run(jdbi, actor, h -> work.apply(new PgTx(h)));
    }

    /**
     * One use case's transaction. A transaction that only reads personal data, and records that read in the audit
     * trail, commits asynchronously (its WAL reaches the disk within PostgreSQL's wal_writer_delay, 200 ms by
     * default): a crash in that window may lose the record of a read, never a change of a record. Any write makes
     * the commit synchronous again.
     */
    private static final class PgTx implements Tx {
        private final Handle h;
        private boolean wrote;
        private boolean relaxed;

        PgTx(Handle h) {
            this.h = h;
        }

        /** Called before every write: the commit of a transaction that changes something waits for the disk. */
        private void writes() {
            wrote = true;
            if (relaxed) {
                h.execute("set local synchronous_commit = on");
                relaxed = false;
            }
        }

        @Override
        public Optional<Person> person(PersonId id) {
            return h.createQuery(PERSON + "where seeker_id = :id").bind("id", id.value()).map(PgTx::toPerson)
                    .findOne();
        }

        @Override
        public Optional<Person> personByFiscalCode(String fiscalCode) {
            return h.createQuery(PERSON + "where fiscal_code = :code").bind("code", fiscalCode).map(PgTx::toPerson)
                    .findOne();
        }

        @Override
        public java.util.Map<PersonId, String> owners(java.util.Collection<PersonId> ids) {
            java.util.Map<PersonId, String> out = new java.util.HashMap<>();
            h.createQuery("select seeker_id, owner_cpi from job_seeker where seeker_id = any(:ids)")
                    .bind("ids", ids.stream().map(PersonId::value).toArray(String[]::new))
                    .map((rs, ctx) -> java.util.Map.entry(new PersonId(rs.getString(1)), rs.getString(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue() == null ? "" : e.getValue()));
            return out;
        }

        @Override
        public List<Person> peopleWithDid(String afterId, int limit) {
            return h.createQuery(PERSON + "where did_date is not null and seeker_id > :after order by seeker_id "
                    + "limit :limit").bind("after", afterId == null ? "" : afterId).bind("limit", limit)
                    .map(PgTx::toPerson).list();
        }

        @Override
        public java.util.Map<PersonId, LocalDate> firstServed(org.openpes.services.outcomes.Service service) {
            String sql = switch (service.kind()) {
                case PATTO_SIGNED -> "select p.seeker_id, min(r.at)::date from patto p join patto_revision r "
                        + "on r.patto_id = p.patto_id where r.state = 'SIGNED' group by p.seeker_id";
                case GOL_PATH -> "select p.seeker_id, min(r.at)::date from patto p join patto_revision r "
                        + "on r.patto_id = p.patto_id where r.state = 'SIGNED' and r.content->>'golPath' = :value "
                        + "group by p.seeker_id";
                case ACTION_DONE -> "select p.seeker_id, min(a.done_on) from patto p join patto_action a "
                        + "on a.patto_id = p.patto_id where a.state = 'DONE' and a.kind = :value "
                        + "and a.done_on is not null group by p.seeker_id";
                case PROPOSED -> "select seeker_id, min(created_on) from application "
                        + "where source in ('MATCHER', 'OPERATOR') group by seeker_id";
                case EVENT_ATTENDED -> "select i.seeker_id, min(e.day) from invitation i join recruiting_event e "
                        + "using (event_id) where i.attendance = 'SEEN' group by i.seeker_id";
                case CRISIS_CASE -> "select w.seeker_id, min(c.opened_on) from crisis_worker w join crisis_case c "
                        + "using (case_id) group by w.seeker_id";
                case REFERRED -> service.value().isEmpty()
                        ? "select seeker_id, min(opened_on) from referral group by seeker_id"
                        : "select r.seeker_id, min(r.opened_on) from referral r join partner p using (partner_id) "
                                + "where p.kind = :value group by r.seeker_id";
            };
            java.util.Map<PersonId, LocalDate> out = new java.util.HashMap<>();
            var query = h.createQuery(sql);
            if (sql.contains(":value")) {
                query.bind("value", service.value());
            }
            query.map((rs, ctx) -> java.util.Map.entry(new PersonId(rs.getString(1)),
                            rs.getObject(2, LocalDate.class)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        @Override
        public org.openpes.services.app.ProfileRecords profiles() {
            return new PgProfiles(h, this::writes);
        }

        @Override
        public org.openpes.services.app.CurriculumRecords curriculum() {
            return new PgCurriculum(h, this::writes);
        }

        @Override
        public org.openpes.services.app.PartnerRecords partners() {
            return new PgPartners(h, this::writes);
        }

        @Override
        public org.openpes.services.app.CrossBorderRecords crossBorder() {
            return new PgCrossBorder(h, this::writes);
        }

        @Override
        public org.openpes.services.app.MeetingRecords meetings() {
            return new PgMeetings(h, this::writes);
        }

        @Override
        public List<Person> peopleByFamilyName(String prefix, Set<String> cpis, int limit) {
            // ordered as the index of migration V7, so that the scan stops at the page's end
            return h.createQuery(PERSON + "where lower(family_name) collate \"C\" like :prefix "
                    + "and owner_cpi = any(:cpis) "
                    + "order by lower(family_name) collate \"C\", given_name collate \"C\" limit :limit")
                    .bind("cpis", cpis.toArray(new String[0]))
                    .bind("prefix", prefix.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                            .replace("%", "\\%").replace("_", "\\_") + "%")
                    .bind("limit", limit).map(PgTx::toPerson).list();
        }

        @Override
        public void insert(Person p) {
            writes();
            h.createUpdate("insert into job_seeker (seeker_id, fiscal_code, registration_date, did_date, sex, "
                    + "birth_date, education_isced, citizenship, home_comune, availability, preferred_contract, "
                    + "languages, given_name, family_name, owner_cpi, version) values (:id, :code, current_date, "
                    + ":did, :sex, :birth, :isced, :citizenship, :comune, 'ANY', 'ANY', '', :given, :family, :cpi, 0)")
                    .bind("id", p.id().value()).bind("code", p.fiscalCode().value()).bind("did", p.didDate())
                    .bind("sex", p.sex().name()).bind("birth", p.birthDate()).bind("isced", p.educationIsced())
                    .bind("citizenship", p.citizenship()).bind("comune", p.domicileComune())
                    .bind("given", p.givenName()).bind("family", p.familyName()).bind("cpi", p.ownerCpi())
                    .execute();
        }

        @Override
        public boolean transfer(Person p, String toCpi, String reason, String actor, int expectedVersion) {
            writes();
            int n = h.createUpdate("update job_seeker set owner_cpi = :to, version = version + 1 where seeker_id = :id "
                    + "and version = :v").bind("to", toCpi).bind("id", p.id().value()).bind("v", expectedVersion)
                    .execute();
            if (n == 1) {
                h.createUpdate("insert into person_transfer (seeker_id, from_cpi, to_cpi, reason, actor) values "
                        + "(:id, :from, :to, :reason, :actor)").bind("id", p.id().value()).bind("from", p.ownerCpi())
                        .bind("to", toCpi).bind("reason", reason).bind("actor", actor).execute();
            }
            return n == 1;
        }

        @Override
        public java.util.Map<String, String> protectedData(PersonId id) {
            java.util.Map<String, String> out = new java.util.TreeMap<>();
            h.createQuery("select kind, note from person_protected where seeker_id = :id").bind("id", id.value())
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).forEach(r -> out.put(r[0], r[1]));
            return out;
        }

        @Override
        public void recordProtected(PersonId id, String kind, String note, String actor) {
            writes();
            h.createUpdate("insert into person_protected (seeker_id, kind, note, recorded_by) values (:id, :kind, "
                    + ":note, :actor) on conflict (seeker_id, kind) do update set note = excluded.note, "
                    + "recorded_by = excluded.recorded_by, recorded_at = now()").bind("id", id.value())
                    .bind("kind", kind).bind("note", note).bind("actor", actor).execute();
        }

        @Override
        public boolean glassBroken(String userId, PersonId id, java.time.Instant now) {
            return h.createQuery("select count(*) from break_glass where user_id = :u and seeker_id = :id and "
                    + "expires_at > :now").bind("u", userId).bind("id", id.value())
                    .bind("now", Timestamp.from(now)).mapTo(Integer.class).one() > 0;
        }

        @Override
        public void breakGlass(String userId, PersonId id, String reason, java.time.Instant expires) {
            writes();
            h.createUpdate("insert into break_glass (user_id, seeker_id, reason, expires_at) values (:u, :id, "
                    + ":reason, :expires)").bind("u", userId).bind("id", id.value()).bind("reason", reason)
                    .bind("expires", Timestamp.from(expires)).execute();
        }

        @Override
        public List<String[]> recentGrants(int days) {
            return h.createQuery("select user_id, seeker_id, reason, granted_at, expires_at from break_glass where "
                    + "granted_at > now() - make_interval(days => :d) order by granted_at desc").bind("d", days)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant().toString(), rs.getTimestamp(5).toInstant().toString()})
                    .list();
        }

        @Override
        public Optional<Patto> patto(String id) {
            return h.createQuery(PATTO + "where patto_id = :id").bind("id", id).map(this::toPatto).findOne();
        }

        @Override
        public void insert(Patto p) {
            writes();
            h.createUpdate("insert into patto (patto_id, seeker_id, state, content, case_manager, version, "
                    + "updated_at) values (:id, :person, :state, cast(:content as jsonb), :cm, :version, now())")
                    .bind("id", p.id()).bind("person", p.person().value()).bind("state", p.state().name())
                    .bind("content", json(p.content())).bind("cm", p.content().caseManager())
                    .bind("version", p.version()).execute();
            insertRevision(p, p.revisions().get(p.revisions().size() - 1));
        }

        @Override
        public boolean update(Patto p, int expected) {
            writes();
            int n = h.createUpdate("update patto set state = :state, content = cast(:content as jsonb), "
                    + "case_manager = :cm, version = :version, updated_at = now() where patto_id = :id "
                    + "and version = :expected")
                    .bind("id", p.id()).bind("state", p.state().name()).bind("content", json(p.content()))
                    .bind("cm", p.content().caseManager()).bind("version", p.version()).bind("expected", expected)
                    .execute();
            if (n == 1) {
                insertRevision(p, p.revisions().get(p.revisions().size() - 1));
            }
            return n == 1;
        }

        private void insertRevision(Patto p, Patto.Revision r) {
            h.createUpdate("insert into patto_revision (patto_id, version, state, content, reason, actor, at) "
                    + "values (:id, :version, :state, cast(:content as jsonb), :reason, :actor, :at)")
                    .bind("id", p.id()).bind("version", r.version()).bind("state", r.state().name())
                    .bind("content", json(r.content())).bind("reason", r.reason()).bind("actor", r.actor())
                    .bind("at", Timestamp.from(r.at())).execute();
        }

        @Override
        public List<PattoAction> actions(String pattoId) {
            return h.createQuery(ACTION + "where patto_id = :p order by due_date nulls last, action_id")
                    .bind("p", pattoId).map(PgTx::toAction).list();
        }

        @Override
        public Optional<PattoAction> action(String actionId) {
            return h.createQuery(ACTION + "where action_id = :id").bind("id", actionId).map(PgTx::toAction).findOne();
        }

        @Override
        public void insert(PattoAction a) {
            writes();
            h.createUpdate("insert into patto_action (action_id, patto_id, kind, label, state, due_date, assignee, "
                    + "version) values (:id, :patto, :kind, :label, :state, :due, :assignee, :version)")
                    .bind("id", a.id()).bind("patto", a.pattoId()).bind("kind", a.kind().name())
                    .bind("label", a.label()).bind("state", a.state().name()).bind("due", a.due())
                    .bind("assignee", a.assignee()).bind("version", a.version()).execute();
        }

        @Override
        public boolean update(PattoAction a, int expected) {
            writes();
            return h.createUpdate("update patto_action set state = :state, version = :version, done_on = case when "
                    + ":state = 'DONE' then coalesce(done_on, current_date) else null end "
                    + "where action_id = :id and version = :expected")
                    .bind("id", a.id()).bind("state", a.state().name()).bind("version", a.version())
                    .bind("expected", expected).execute() == 1;
        }

        @Override
        public List<org.openpes.services.app.CaseloadService.Entry> caseload(String caseManager, int limit) {
            return h.createQuery("select p.patto_id, p.seeker_id, p.state, p.version, count(a.action_id), "
                    + "count(a.action_id) filter (where a.state = 'DONE'), (array_agg(a.label order by a.due_date, "
                    + "a.action_id) filter (where a.due_date is not null and a.state <> all(:final)))[1], "
                    + "min(a.due_date) filter (where a.state <> all(:final)) from (" + MANAGED + ") p "
                    + "left join patto_action a on a.patto_id = p.patto_id "
                    + "group by p.patto_id, p.seeker_id, p.state, p.version, p.updated_at "
                    + "order by p.updated_at desc, p.patto_id").bind("cm", caseManager).bind("limit", limit)
                    .bind("final", FINAL)
                    .map((rs, ctx) -> new org.openpes.services.app.CaseloadService.Entry(rs.getString(1),
                            new PersonId(rs.getString(2)), PattoState.valueOf(rs.getString(3)), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class))).list();
        }

        @Override
        public org.openpes.services.app.CaseloadService.Overdue overdue(String caseManager, int patti,
                LocalDate today, int limit) {
            int[] count = {0};
            List<PattoAction> oldest = h.createQuery("select a.action_id, a.patto_id, a.kind, a.label, a.state, "
                    + "a.due_date, a.assignee, a.version, count(*) over () from patto_action a join (" + MANAGED
                    + ") p on p.patto_id = a.patto_id where a.due_date < :today and a.state <> all(:final) "
                    + "order by a.due_date, a.action_id limit :shown").bind("cm", caseManager).bind("limit", patti)
                    .bind("today", today).bind("final", FINAL).bind("shown", limit)
                    .map((rs, ctx) -> {
                        count[0] = rs.getInt(9);
                        return toAction(rs, ctx);
                    }).list();
            return new org.openpes.services.app.CaseloadService.Overdue(oldest, count[0]);
        }

        @Override
        public List<Patto> pattiOf(PersonId person) {
            return h.createQuery(PATTO + "where seeker_id = :person order by updated_at desc")
                    .bind("person", person.value())
                    .map((rs, ctx) -> new Patto(rs.getString(1), new PersonId(rs.getString(2)),
                            PattoState.valueOf(rs.getString(3)), content(rs.getString(4)), rs.getInt(5), List.of()))
                    .list();
        }

        @Override
        public java.util.Map<String, List<PattoAction>> actionsOf(java.util.Collection<String> pattoIds) {
            java.util.Map<String, List<PattoAction>> out = new java.util.HashMap<>();
            h.createQuery(ACTION + "where patto_id = any(:ids) order by due_date nulls last, action_id")
                    .bind("ids", pattoIds.toArray(new String[0])).map(PgTx::toAction)
                    .forEach(a -> out.computeIfAbsent(a.pattoId(), k -> new java.util.ArrayList<>()).add(a));
            return out;
        }

        @Override
        public List<Person> withoutPatto(Set<String> cpis, LocalDate didBefore, int limit) {
            // the index of the people without a patto, in DID order (V14): it reads only the people who wait
            return h.createQuery(PERSON + "where owner_cpi = any(:cpis) and did_date <= :before and not has_patto "
                    + "order by did_date, seeker_id limit :limit").bind("cpis", cpis.toArray(new String[0]))
                    .bind("before", didBefore).bind("limit", limit).map(PgTx::toPerson).list();
        }

        @Override
        public void audit(AuditEntry entry) {
            boolean readOnly = entry.action() == org.openpes.operational.audit.AuditAction.READ
                    || entry.action() == org.openpes.operational.audit.AuditAction.SEARCH;
            boolean relax = readOnly && !wrote && !relaxed;
            AuditOnHandle.appendToUseCase(h, entry, relax);
            relaxed |= relax;
        }

        private static Person toPerson(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Person(new PersonId(rs.getString(1)), FiscalCode.parse(rs.getString(2)), rs.getString(3),
                    rs.getString(4), Sex.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                    rs.getString(7), rs.getString(8), rs.getInt(9), rs.getObject(10, LocalDate.class),
                    rs.getString(11), rs.getInt(12));
        }

        private Patto toPatto(ResultSet rs, StatementContext ctx) throws SQLException {
            String id = rs.getString(1);
            List<Patto.Revision> revisions = h.createQuery("select version, state, content, reason, actor, at "
                    + "from patto_revision where patto_id = :id order by version").bind("id", id)
                    .map((r, c) -> new Patto.Revision(r.getInt(1), PattoState.valueOf(r.getString(2)),
                            content(r.getString(3)), r.getString(4), r.getString(5),
                            r.getTimestamp(6).toInstant())).list();
            return new Patto(id, new PersonId(rs.getString(2)), PattoState.valueOf(rs.getString(3)),
                    content(rs.getString(4)), rs.getInt(5), revisions);
        }

        private static PattoAction toAction(ResultSet rs, StatementContext ctx) throws SQLException {
            return new PattoAction(rs.getString(1), rs.getString(2), ActionKind.valueOf(rs.getString(3)),
                    rs.getString(4), ActionState.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                    rs.getString(7), rs.getInt(8));
        }
    }

    /** The people with these ids, in a transaction of another store (the employer services' candidates). */
    static List<Person> people(Handle h, java.util.Collection<PersonId> ids) {
        return h.createQuery(PERSON + "where seeker_id = any(:ids)")
                .bind("ids", ids.stream().map(PersonId::value).toArray(String[]::new)).map(PgTx::toPerson).list();
    }

    static String json(PattoContent c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PattoContent content(String json) {
        try {
            return JSON.readValue(json, PattoContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored patto does not read back: " + e.getOriginalMessage(), e);
        }
    }
}
