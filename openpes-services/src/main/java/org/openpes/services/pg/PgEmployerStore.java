package org.openpes.services.pg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.openpes.operational.audit.AuditEntry;
import org.openpes.services.app.EmployerStore;
import org.openpes.services.employers.EmployerAccount;
import org.openpes.services.employers.Interaction;
import org.openpes.services.employers.InteractionKind;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.vacancies.Application;
import org.openpes.services.vacancies.ApplicationState;
import org.openpes.services.vacancies.RefusalReason;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.services.vacancies.VacancyState;

/**
 * The employer services' records in PostgreSQL (migration V9): accounts on {@code employer}, interactions, vacancies
 * with their essential skills, and applications.
 */
public final class PgEmployerStore implements EmployerStore {
    private static final String ACCOUNT = "select account_id, employer_code, ateco2025, section, workplace_comune, "
            + "size_class, account_manager, version from employer ";
    private static final String INTERACTION = "select interaction_id, employer_code, kind, on_day, note, next_step, "
            + "next_step_due, next_step_done, actor from employer_interaction ";
    private static final String VACANCY = "select v.vacancy_id, v.employer_code, coalesce(v.title, ''), "
            + "v.esco_occupation, array(select s.skill_uri from vacancy_skill s where s.vacancy_id = v.vacancy_id "
            + "and s.relation = 'essential' order by s.skill_uri), v.comune, v.contract_type, v.working_time, "
            + "v.min_education_isced, v.published_date, v.closing_date, v.state, v.version from vacancy v ";
    private static final String APPLICATION = "select application_id, vacancy_id, seeker_id, source, state, refusal, "
            + "note, created_on, changed_on, version from application ";

    private final Jdbi jdbi;

    public PgEmployerStore(DataSource pool) {
        this.jdbi = Jdbi.create(pool);
    }

    @Override
    public <T> T inTransaction(String actor, Function<Tx, T> work) {
        return PgTransactions.run(jdbi, actor, h -> work.apply(new PgTx(h)));
    }

    static class PgTx implements Tx {
        final Handle h;

        PgTx(Handle h) {
            this.h = h;
        }

        @Override
        public Optional<EmployerAccount> account(String accountId) {
            return h.createQuery(ACCOUNT + "where account_id = :id").bind("id", accountId).map(PgTx::toAccount)
                    .findOne();
        }

        @Override
        public org.openpes.services.employers.AccountDetails details(EmployerAccount a) {
            String code = a.employerCode();
            var contacts = h.createQuery("select contact_id, name, role, email, phone from employer_contact "
                    + "where employer_code = :c order by name, contact_id").bind("c", code)
                    .map((rs, ctx) -> new org.openpes.services.employers.Contact(rs.getString(1), a.accountId(),
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
            var places = h.createQuery("select establishment_id, comune, label from employer_establishment "
                    + "where employer_code = :c order by label").bind("c", code)
                    .map((rs, ctx) -> new org.openpes.services.employers.Establishment(rs.getString(1), a.accountId(),
                            rs.getString(2), rs.getString(3))).list();
            var needs = h.createQuery("select need_id, occupation_uri, skills, headcount, from_month, note "
                    + "from employer_need where employer_code = :c order by from_month, need_id").bind("c", code)
                    .map((rs, ctx) -> new org.openpes.services.employers.RecordedNeed(rs.getString(1), a.accountId(),
                            rs.getString(2), List.of((String[]) rs.getArray(3).getArray()), rs.getInt(4),
                            java.time.YearMonth.from(rs.getObject(5, LocalDate.class)), rs.getString(6))).list();
            return new org.openpes.services.employers.AccountDetails(contacts, places, needs);
        }

        @Override
        public void insert(EmployerAccount a, org.openpes.services.employers.Contact c, String actor) {
            h.createUpdate("insert into employer_contact (contact_id, employer_code, name, role, email, phone, "
                    + "recorded_by) values (:id, :code, :name, :role, :email, :phone, :actor)").bind("id", c.id())
                    .bind("code", a.employerCode()).bind("name", c.name()).bind("role", c.role())
                    .bind("email", c.email()).bind("phone", c.phone()).bind("actor", actor).execute();
        }

        @Override
        public boolean insert(EmployerAccount a, org.openpes.services.employers.Establishment e, String actor) {
            return h.createUpdate("insert into employer_establishment (establishment_id, employer_code, comune, label, "
                    + "recorded_by) values (:id, :code, :comune, :label, :actor) on conflict do nothing")
                    .bind("id", e.id()).bind("code", a.employerCode()).bind("comune", e.comune())
                    .bind("label", e.label()).bind("actor", actor).execute() == 1;
        }

        @Override
        public void insert(EmployerAccount a, org.openpes.services.employers.RecordedNeed n, String actor) {
            h.createUpdate("insert into employer_need (need_id, employer_code, occupation_uri, skills, headcount, "
                    + "from_month, note, recorded_by) values (:id, :code, :occupation, :skills, :headcount, :from, "
                    + ":note, :actor)").bind("id", n.id()).bind("code", a.employerCode())
                    .bind("occupation", n.occupationUri()).bind("skills", n.skills().toArray(String[]::new))
                    .bind("headcount", n.headcount()).bind("from", n.from().atDay(1)).bind("note", n.note())
                    .bind("actor", actor).execute();
        }

        @Override
        public Optional<EmployerAccount> accountOf(String employerCode) {
            return h.createQuery(ACCOUNT + "where employer_code = :code").bind("code", employerCode)
                    .map(PgTx::toAccount).findOne();
        }

        @Override
        public Map<String, String> accountIds(Collection<String> employerCodes) {
            Map<String, String> out = new HashMap<>();
            h.createQuery("select employer_code, account_id from employer where employer_code = any(:codes)")
                    .bind("codes", employerCodes.toArray(String[]::new))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        @Override
        public List<EmployerAccount> managedBy(String userId) {
            return h.createQuery(ACCOUNT + "where account_manager = :me order by employer_code").bind("me", userId)
                    .map(PgTx::toAccount).list();
        }

        @Override
        public List<EmployerAccount> neverContacted(Set<String> comuni, int limit) {
            return h.createQuery(ACCOUNT + "e where workplace_comune = any(:comuni) and account_manager is null "
                    + "and not exists (select 1 from employer_interaction i where i.employer_code = e.employer_code) "
                    + "order by employer_code limit :limit").bind("comuni", comuni.toArray(String[]::new))
                    .bind("limit", limit).map(PgTx::toAccount).list();
        }

        @Override
        public boolean update(EmployerAccount a, int expected) {
            return h.createUpdate("update employer set account_manager = :manager, version = :version "
                    + "where account_id = :id and version = :expected").bind("manager", a.accountManager())
                    .bind("version", a.version()).bind("id", a.accountId()).bind("expected", expected)
                    .execute() == 1;
        }

        @Override
        public List<Interaction> interactions(String employerCode) {
            return h.createQuery(INTERACTION + "where employer_code = :code order by on_day desc, interaction_id")
                    .bind("code", employerCode).map(PgTx::toInteraction).list();
        }

        @Override
        public Map<String, LocalDate> lastContacts(Collection<String> employerCodes) {
            Map<String, LocalDate> out = new HashMap<>();
            h.createQuery("select employer_code, max(on_day) from employer_interaction where employer_code = "
                    + "any(:codes) group by employer_code").bind("codes", employerCodes.toArray(String[]::new))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }

        @Override
        public List<Interaction> openSteps(Collection<String> employerCodes) {
            return h.createQuery(INTERACTION + "where employer_code = any(:codes) and next_step is not null "
                    + "and not next_step_done order by next_step_due, interaction_id")
                    .bind("codes", employerCodes.toArray(String[]::new)).map(PgTx::toInteraction).list();
        }

        @Override
        public Optional<Interaction> interaction(String id) {
            return h.createQuery(INTERACTION + "where interaction_id = :id").bind("id", id)
                    .map(PgTx::toInteraction).findOne();
        }

        @Override
        public void insert(Interaction i) {
            h.createUpdate("insert into employer_interaction (interaction_id, employer_code, kind, on_day, note, "
                    + "next_step, next_step_due, next_step_done, actor) values (:id, :code, :kind, :on, :note, "
                    + ":step, :due, :done, :actor)").bind("id", i.id()).bind("code", i.employerCode())
                    .bind("kind", i.kind().name()).bind("on", i.on()).bind("note", i.note())
                    .bind("step", i.nextStep()).bind("due", i.nextStepDue()).bind("done", i.nextStepDone())
                    .bind("actor", i.actor()).execute();
        }

        @Override
        public void stepDone(String interactionId) {
            h.createUpdate("update employer_interaction set next_step_done = true where interaction_id = :id")
                    .bind("id", interactionId).execute();
        }

        @Override
        public Optional<Vacancy> vacancy(String id) {
            return h.createQuery(VACANCY + "where v.vacancy_id = :id").bind("id", id).map(PgTx::toVacancy)
                    .findOne();
        }

        @Override
        public List<Vacancy> vacanciesOf(Collection<String> employerCodes, boolean openOnly, int limit) {
            return h.createQuery(VACANCY + "where v.employer_code = any(:codes)"
                    + (openOnly ? " and v.state in ('PUBLISHED', 'IN_SELECTION')" : "")
                    + " order by v.published_date desc nulls first, v.vacancy_id limit :limit")
                    .bind("codes", employerCodes.toArray(String[]::new)).bind("limit", limit)
                    .map(PgTx::toVacancy).list();
        }

        @Override
        public void insert(Vacancy v) {
            h.createUpdate("insert into vacancy (vacancy_id, employer_code, ateco, cp2011, esco_occupation, comune, "
                    + "contract_type, working_time, min_education_isced, published_date, closing_date, title, "
                    + "state, version) select :id, e.employer_code, e.ateco2025, '', coalesce(:occupation, ''), "
                    + ":comune, :contract, :time, :isced, :published, :closes, :title, "
                    + ":state, :version from employer e where e.employer_code = :employer")
                    .bind("id", v.id()).bind("employer", v.employerCode()).bind("occupation", v.occupationUri())
                    .bind("comune", v.comune()).bind("contract", v.contractType()).bind("time", v.workingTime())
                    .bind("isced", v.minIsced()).bind("published", v.publishedOn()).bind("closes", v.closesOn())
                    .bind("title", v.title()).bind("state", v.state().name()).bind("version", v.version())
                    .execute();
            for (String skill : v.essentialSkills()) {
                h.createUpdate("insert into vacancy_skill (vacancy_id, skill_uri, relation) values (:id, :skill, "
                        + "'essential')").bind("id", v.id()).bind("skill", skill).execute();
            }
        }

        @Override
        public boolean update(Vacancy v, int expected) {
            return h.createUpdate("update vacancy set state = :state, published_date = coalesce(:published, "
                    + "published_date), version = :version where vacancy_id = :id and version = :expected")
                    .bind("state", v.state().name()).bind("published", v.publishedOn())
                    .bind("version", v.version()).bind("id", v.id()).bind("expected", expected).execute() == 1;
        }

        @Override
        public Optional<Application> application(String id) {
            return h.createQuery(APPLICATION + "where application_id = :id").bind("id", id)
                    .map(PgTx::toApplication).findOne();
        }

        @Override
        public List<Application> applicationsTo(String vacancyId) {
            return h.createQuery(APPLICATION + "where vacancy_id = :id order by changed_on, application_id")
                    .bind("id", vacancyId).map(PgTx::toApplication).list();
        }

        @Override
        public List<Application> applicationsOf(PersonId person) {
            return h.createQuery(APPLICATION + "where seeker_id = :id order by changed_on desc, application_id")
                    .bind("id", person.value()).map(PgTx::toApplication).list();
        }

        @Override
        public List<Application> pendingSince(LocalDate day, int limit) {
            return h.createQuery(APPLICATION + "where state in ('NEW', 'PROCESSING', 'POSTPONED', 'PRE_HIRE') "
                    + "and changed_on < :day order by changed_on, application_id limit :limit").bind("day", day)
                    .bind("limit", limit).map(PgTx::toApplication).list();
        }

        @Override
        public void insert(Application a) {
            h.createUpdate("insert into application (application_id, vacancy_id, seeker_id, source, state, refusal, "
                    + "note, created_on, changed_on, version) values (:id, :vacancy, :person, :source, :state, "
                    + ":refusal, :note, :created, :on, :version)").bind("created", a.createdOn()).bind("id", a.id()).bind("vacancy", a.vacancyId())
                    .bind("person", a.person().value()).bind("source", a.source().name())
                    .bind("state", a.state().name()).bind("refusal", a.refusal() == null ? null
                            : a.refusal().name()).bind("note", a.note()).bind("on", a.changedOn())
                    .bind("version", a.version()).execute();
        }

        @Override
        public boolean update(Application a, int expected) {
            return h.createUpdate("update application set state = :state, refusal = :refusal, note = :note, "
                    + "changed_on = :on, version = :version where application_id = :id and version = :expected")
                    .bind("state", a.state().name()).bind("refusal", a.refusal() == null ? null
                            : a.refusal().name()).bind("note", a.note()).bind("on", a.changedOn())
                    .bind("version", a.version()).bind("id", a.id()).bind("expected", expected).execute() == 1;
        }

        @Override
        public List<Proposal> proposalsTo(Collection<String> employerCodes, int limit) {
            return h.createQuery("select a.application_id, a.vacancy_id, a.seeker_id, a.source, a.state, a.refusal, "
                    + "a.note, a.created_on, a.changed_on, a.version, v.employer_code from application a "
                    + "join vacancy v on v.vacancy_id = a.vacancy_id where v.employer_code = any(:codes) "
                    + "and a.source in ('MATCHER', 'OPERATOR') order by a.created_on desc, a.application_id "
                    + "limit :limit").bind("codes", employerCodes.toArray(String[]::new)).bind("limit", limit)
                    .map((rs, ctx) -> new Proposal(toApplication(rs, ctx), rs.getString(11))).list();
        }

        @Override
        public List<Person> people(Collection<PersonId> ids) {
            return ids.isEmpty() ? List.of() : PgServicesStore.people(h, ids);
        }

        @Override
        public void audit(AuditEntry entry) {
            AuditOnHandle.appendToUseCase(h, entry, false);
        }

        private static EmployerAccount toAccount(ResultSet rs, StatementContext ctx) throws SQLException {
            return new EmployerAccount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8));
        }

        private static Interaction toInteraction(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Interaction(rs.getString(1), rs.getString(2), InteractionKind.valueOf(rs.getString(3)),
                    rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                    rs.getObject(7, LocalDate.class), rs.getBoolean(8), rs.getString(9));
        }

        private static Vacancy toVacancy(ResultSet rs, StatementContext ctx) throws SQLException {
            String occupation = rs.getString(4);
            return new Vacancy(rs.getString(1), rs.getString(2), rs.getString(3),
                    occupation == null || occupation.isEmpty() ? null : occupation,
                    List.of((String[]) rs.getArray(5).getArray()), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getInt(9), rs.getObject(10, LocalDate.class),
                    rs.getObject(11, LocalDate.class), VacancyState.valueOf(rs.getString(12)), rs.getInt(13));
        }

        private static Application toApplication(ResultSet rs, StatementContext ctx) throws SQLException {
            String refusal = rs.getString(6);
            return new Application(rs.getString(1), rs.getString(2), new PersonId(rs.getString(3)),
                    Application.Source.valueOf(rs.getString(4)), ApplicationState.valueOf(rs.getString(5)),
                    refusal == null ? null : RefusalReason.valueOf(refusal), rs.getString(7),
                    rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getInt(10));
        }
    }
}
