package org.openpes.services.pg;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openpes.core.identity.FiscalCode;
import org.openpes.services.app.CrisisStore;
import org.openpes.services.app.WorkHistories;
import org.openpes.services.crisis.CrisisCase;
import org.openpes.services.crisis.Procedure;
import org.openpes.services.people.PersonId;

/** The crisis unit's cases in PostgreSQL (migration V11), beside the employer services' records. */
public final class PgCrisisStore implements CrisisStore {
    private final Jdbi jdbi;

    public PgCrisisStore(DataSource pool) {
        this.jdbi = Jdbi.create(pool);
    }

    @Override
    public <T> T inTransaction(String actor, Function<Tx, T> work) {
        return PgTransactions.run(jdbi, actor, h -> work.apply(new CrisisTx(h)));
    }

    private static final class CrisisTx extends PgEmployerStore.PgTx implements Tx {
        CrisisTx(Handle h) {
            super(h);
        }

        @Override
        public org.openpes.services.app.MeetingRecords meetings() {
            return new PgMeetings(h, () -> { });
        }

        @Override
        public void insert(CrisisCase c, int workers, Set<PersonId> registered) {
            h.createUpdate("insert into crisis_case (case_id, employer_code, procedure, opened_on, workers_at, cpi, "
                    + "workers) values (:id, :employer, :procedure, :opened, :at, :cpi, :workers)")
                    .bind("id", c.id()).bind("employer", c.employerCode()).bind("procedure", c.procedure().name())
                    .bind("opened", c.openedOn()).bind("at", c.workersAt()).bind("cpi", c.cpi())
                    .bind("workers", workers).execute();
            var batch = h.prepareBatch("insert into crisis_worker (case_id, seeker_id) values (:c, :p)");
            registered.forEach(p -> batch.bind("c", c.id()).bind("p", p.value()).add());
            if (!registered.isEmpty()) {
                batch.execute();
            }
        }

        @Override
        public Optional<CrisisCase> crisisCase(String id) {
            return h.createQuery("select c.case_id, e.account_id, c.employer_code, c.procedure, c.opened_on, "
                    + "c.workers_at, c.cpi from crisis_case c join employer e on e.employer_code = c.employer_code "
                    + "where c.case_id = :id").bind("id", id).map((rs, ctx) -> new CrisisCase(rs.getString(1),
                            rs.getString(2), rs.getString(3), Procedure.valueOf(rs.getString(4)),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)))
                    .findOne();
        }

        @Override
        public int workers(String caseId) {
            return h.createQuery("select workers from crisis_case where case_id = :id").bind("id", caseId)
                    .mapTo(Integer.class).one();
        }

        @Override
        public List<PersonId> registeredWorkers(String caseId) {
            return h.createQuery("select seeker_id from crisis_worker where case_id = :id order by seeker_id")
                    .bind("id", caseId).map((rs, ctx) -> new PersonId(rs.getString(1))).list();
        }

        @Override
        public List<WorkHistories.Registered> registry(String afterId, int limit) {
            return h.createQuery("select seeker_id, fiscal_code, registration_date from job_seeker "
                    + "where seeker_id > coalesce(:after, '') order by seeker_id limit :limit")
                    .bind("after", afterId).bind("limit", limit).map((rs, ctx) -> new WorkHistories.Registered(
                            new PersonId(rs.getString(1)), FiscalCode.parse(rs.getString(2)),
                            rs.getObject(3, LocalDate.class))).list();
        }
    }
}
