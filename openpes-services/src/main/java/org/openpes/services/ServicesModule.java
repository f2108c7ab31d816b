package org.openpes.services;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.openpes.reference.ReferenceData;
import org.openpes.services.app.CaseloadService;
import org.openpes.services.app.PattoService;
import org.openpes.services.app.PeopleService;
import org.openpes.services.app.Places;
import org.openpes.services.auth.Authentication;
import org.openpes.services.pg.PgAccountStore;
import org.openpes.services.pg.PgServicesStore;
import org.openpes.services.pg.Pool;

/**
 * The services wired once over the operational database: a pool of connections, the PostgreSQL adapters, the
 * application services and the authentication. Close it with the application (it closes the pool).
 */
public final class ServicesModule implements AutoCloseable {
    private final HikariDataSource pool;
    private final PgServicesStore store;
    private final org.openpes.services.pg.PgEmployerStore employerStore;
    private final ReferenceData ref;
    private final Places places;
    private final Clock clock;
    private final PeopleService people;
    private final PattoService patti;
    private final CaseloadService caseloads;
    private final org.openpes.services.app.ProtectedDataService protectedData;
    private final org.openpes.services.app.CurriculumService curriculum;
    private final org.openpes.services.app.PartnerService partners;
    private final Authentication authentication;
    private final PgAccountStore accounts;
    private final org.openpes.services.pg.PgIdempotency idempotency;
    /** Chains the audit records of finished transactions every half second. */
    private final java.util.concurrent.ScheduledExecutorService chainer;

    public ServicesModule(DataSource database, ReferenceData ref, Clock clock, int poolSize) {
        this.pool = Pool.over(database, poolSize);
        this.store = new PgServicesStore(pool);
        this.employerStore = new org.openpes.services.pg.PgEmployerStore(pool);
        this.ref = ref;
        this.places = new Places(ref);
        this.clock = clock;
        this.people = new PeopleService(store, ref, places, clock);
        this.patti = new PattoService(store, places, clock);
        this.caseloads = new CaseloadService(store, places, clock);
        this.protectedData = new org.openpes.services.app.ProtectedDataService(store, places, clock);
        this.curriculum = new org.openpes.services.app.CurriculumService(store, ref, places, clock);
        this.partners = new org.openpes.services.app.PartnerService(store, places, clock);
        this.accounts = new PgAccountStore(pool);
        this.idempotency = new org.openpes.services.pg.PgIdempotency(pool);
        this.chainer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openpes-audit-chainer");
            t.setDaemon(true);
            return t;
        });
        chainer.scheduleWithFixedDelay(() -> {
            try {
                org.openpes.operational.audit.AuditTrail.chainPending(pool);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ServicesModule.class).warn("audit chaining failed: {}",
                        e.getClass().getSimpleName());
            }
        }, 500, 500, java.util.concurrent.TimeUnit.MILLISECONDS);
        this.authentication = new Authentication(accounts, clock);
    }

    /** The employer services; their CO history from {@code histories} (null: none). */
    public org.openpes.services.app.EmployerService employers(org.openpes.services.app.EmployerHistories histories) {
        return new org.openpes.services.app.EmployerService(employerStore, places, ref, histories, clock);
    }

    /**
     * Vacancies and applications, shortlisted by {@code matcher} (null: no shortlists); pending applications
     * unchanged for {@code staleDays} days expire.
     */
    public org.openpes.services.app.VacancyService vacancies(org.openpes.services.app.EmployerService employers,
            org.openpes.services.app.Candidates matcher, int staleDays) {
        return new org.openpes.services.app.VacancyService(employerStore, employers, ref, places, matcher, clock,
                staleDays);
    }

    /**
     * Cross-border vacancies (MA.R.E.), ranked by {@code matcher} (null: unranked), their occupations found from
     * French titles by {@code frenchTitles} when the feed gives none.
     */
    public org.openpes.services.app.CrossBorderService crossBorder(org.openpes.services.app.Candidates matcher,
            java.util.function.Function<String, java.util.Optional<String>> frenchTitles) {
        return new org.openpes.services.app.CrossBorderService(store, ref, places, matcher, frenchTitles, clock);
    }

    /** Recruiting events, their funnels followed through {@code histories} (null: no CO follow-up). */
    public org.openpes.services.app.EventService events(org.openpes.services.app.EmployerService employers,
            org.openpes.services.app.EmployerHistories histories) {
        return new org.openpes.services.app.EventService(new org.openpes.services.pg.PgRecruitingStore(pool),
                employers, places, histories, clock);
    }

    /** The crisis unit, over the firms' and workers' CO in the store. */
    public org.openpes.services.app.CrisisService crisis(org.openpes.services.app.EmployerService employers,
            org.openpes.services.app.CrisisHistories histories) {
        return new org.openpes.services.app.CrisisService(new org.openpes.services.pg.PgCrisisStore(pool), employers,
                places, histories, clock);
    }

    /** Profiling over people's work histories (the observatory's CO store). */
    public org.openpes.services.app.ProfilingService profiling(org.openpes.services.app.WorkHistories histories) {
        return new org.openpes.services.app.ProfilingService(store, places, histories, clock);
    }

    /** The outcomes of services, published with the disclosure threshold {@code k}. */
    public org.openpes.services.app.OutcomesService outcomes(org.openpes.services.app.WorkHistories histories,
            int k) {
        return new org.openpes.services.app.OutcomesService(store, places, histories, k);
    }

    /**
     * The region's people, vacancies and courses for matching, transitions and training, from this database; the
     * jobs people held before registering from {@code histories} (null: none).
     */
    public org.openpes.skills.match.RegionSource region(org.openpes.services.app.WorkHistories histories) {
        return new org.openpes.services.pg.PgRegion(pool, histories);
    }

    public DataSource pool() {
        return pool;
    }

    public PeopleService people() {
        return people;
    }

    public PattoService patti() {
        return patti;
    }

    public CaseloadService caseloads() {
        return caseloads;
    }

    public org.openpes.services.app.ProtectedDataService protectedData() {
        return protectedData;
    }

    /** The partner network and the referrals of people to it. */
    public org.openpes.services.app.PartnerService partners() {
        return partners;
    }

    /** People's curricula: education, training, declared work and skills. */
    public org.openpes.services.app.CurriculumService curriculum() {
        return curriculum;
    }

    public org.openpes.services.auth.AccountStore accounts() {
        return accounts;
    }

    public org.openpes.services.pg.PgIdempotency idempotency() {
        return idempotency;
    }

    public Authentication authentication() {
        return authentication;
    }

    @Override
    public void close() {
        chainer.shutdownNow();
        try {
            org.openpes.operational.audit.AuditTrail.chainPending(pool);
        } catch (RuntimeException e) {
            // the database went first: the next start's chainer takes the rest
        }
        pool.close();
    }
}
