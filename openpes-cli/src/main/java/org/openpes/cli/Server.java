package org.openpes.cli;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.openpes.api.ApiServer;
import org.openpes.api.ApiSettings;
import org.openpes.api.services.ServiceRoutes;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.records.OperationalRecords;
import org.openpes.reference.ReferenceData;
import org.openpes.services.ServicesModule;

/** Starts the HTTP server on an open database and blocks until the process is stopped. */
final class Server {
    private Server() {
    }

    static OperationalDatabase openDatabase() {
        return OperationalDatabase.open(Configuration.current().database());
    }

    /** The public employment service's modules over the database (a pool of at most 16 connections). */
    static ServicesModule services(ReferenceData ref, OperationalDatabase db) {
        return new ServicesModule(db.dataSource(), ref, Clock.systemDefaultZone(), 16);
    }

    /** Profiling over the store's CO. */
    static org.openpes.services.app.ProfilingService profiling(ServicesModule services,
            org.openpes.observatory.store.EventStore store) {
        return services.profiling(histories(store));
    }

    /** People's work histories in the store's CO, whose pseudonyms the configured (or the demo's) key makes. */
    static org.openpes.services.app.WorkHistories histories(org.openpes.observatory.store.EventStore store) {
        return new org.openpes.services.co.StoreWorkHistories(store, pseudonymiser());
    }

    /** The pseudonyms of the store's CO: the configured (or the demo's) key; OPES-CO-035 without one. */
    static org.openpes.observatory.ingest.Pseudonymiser pseudonymiser() {
        return new org.openpes.observatory.ingest.Pseudonymiser(Home.pseudonymKey().orElseThrow(() ->
                new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_035)));
    }

    /**
     * The skills capability over the database's people, vacancies and courses (their earlier jobs from the store's
     * CO when there is one and a pseudonym key), or over a region folder when {@code folder} is given.
     */
    static org.openpes.skills.SkillsService skills(ReferenceData ref, ServicesModule services,
            org.openpes.observatory.store.EventStore store, java.nio.file.Path folder) {
        if (folder != null) {
            return new org.openpes.skills.SkillsService(ref, folder);
        }
        return new org.openpes.skills.SkillsService(ref, services.region(store != null
                && Home.pseudonymKey().isPresent() ? histories(store) : null));
    }

    /** Employers' CO in the store, whose sole traders' pseudonyms the configured (or the demo's) key makes. */
    static org.openpes.services.app.EmployerHistories employerHistories(
            org.openpes.observatory.store.EventStore store) {
        return new org.openpes.services.co.StoreEmployerHistories(store, pseudonymiser());
    }

    /** The ESCO occupation of a French job title (MA.R.E. feeds), when the normaliser is confident enough. */
    static java.util.function.Function<String, java.util.Optional<String>> frenchTitles(
            org.openpes.skills.SkillsService skills) {
        return new org.openpes.services.matching.TitleOccupations(skills, "fr", 1.0);
    }

    static void serve(ReferenceData ref, OperationalDatabase db, ServicesModule services,
            org.openpes.observatory.store.EventStore store, org.openpes.skills.SkillsService skills, int port)
            throws InterruptedException {
        Configuration config = Configuration.current();
        ApiSettings settings = config.api();
        ServiceRoutes routes = new ServiceRoutes(services.authentication(), services.people(), services.patti(),
                services.caseloads(), services.pool(), config.secureCookies()).withIdempotency(services.idempotency())
                .withProtectedData(services.protectedData()).withCurriculum(services.curriculum())
                .withPartners(services.partners());
        boolean co = store != null && Home.pseudonymKey().isPresent(); // the services that read the CO
        org.openpes.services.app.EmployerHistories employerCo = co ? employerHistories(store) : null;
        org.openpes.services.app.EmployerService employers = services.employers(employerCo);
        var matcher = new org.openpes.services.matching.MatcherCandidates(skills, ref);
        routes.withEmployers(employers, services.vacancies(employers, matcher, config.applicationStaleDays()),
                services.events(employers, employerCo), skills);
        routes.withCrossBorder(services.crossBorder(matcher, frenchTitles(skills)), ref);
        if (co) {
            org.openpes.services.app.WorkHistories histories = histories(store);
            routes.withProfiling(services.profiling(histories)).withOutcomes(services.outcomes(histories,
                    settings.disclosureK())).withCrisis(services.crisis(employers,
                            new org.openpes.services.co.StoreCrisisHistories(store, pseudonymiser())));
        }
        if (config.oidc().isPresent()) {
            try {
                routes.withOidc(org.openpes.services.auth.OidcLogin.discover(config.oidc().get(), Clock.systemUTC()));
            } catch (java.io.IOException e) {
                throw new org.openpes.core.error.OpenPesException(e, org.openpes.core.error.ErrorCode.API_005,
                        "OPENPES_OIDC_ISSUER", e.getMessage());
            }
        }
        ApiServer server = ApiServer.start(ref, new OperationalRecords(db.dataSource()), store, skills, port,
                settings, routes);
        // the skills engine's extractor takes seconds to build: build it now rather than on the first vacancy's text
        Thread warm = new Thread(() -> skills.extract("magazziniere", 1), "openpes-skills-warm-up");
        warm.setDaemon(true);
        warm.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            services.close();
            db.close();
            stopped.countDown();
        }, "openpes-shutdown"));
        System.out.println("OpenPES is serving on http://" + settings.host() + ":" + server.port() + "  ("
                + db.description() + "; Ctrl-C to stop)");
        stopped.await();
    }
}
