package org.openpes.cli;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.openpes.api.ApiServer;
import org.openpes.api.ApiSettings;
import org.openpes.api.services.ServiceRoutes;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.records.OperationalRecords;
import org.openpes.reference.ReferenceData;
import org.openpes.services.ServicesModule;

/** Starts the HTTP server on an open database and blocks until the process is stopped. */
final class Server {
    private Server() {
    }

    static OperationalDatabase openDatabase() {
        Map<String, String> env = System.getenv();
        return OperationalDatabase.open(DatabaseSettings.fromEnvironment(env, Home.database()));
    }

    /** The public employment service's modules over the database (a pool of at most 16 connections). */
    static ServicesModule services(ReferenceData ref, OperationalDatabase db) {
        return new ServicesModule(db.dataSource(), ref, Clock.systemDefaultZone(), 16);
    }

    private static String required(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.API_005, name,
                    "required with OPENPES_OIDC_ISSUER");
        }
        return v;
    }

    static void serve(ReferenceData ref, OperationalDatabase db, org.openpes.observatory.store.EventStore store,
            org.openpes.skills.SkillsService skills, int port) throws InterruptedException {
        serve(ref, db, services(ref, db), store, skills, port);
    }

    static void serve(ReferenceData ref, OperationalDatabase db, ServicesModule services,
            org.openpes.observatory.store.EventStore store, org.openpes.skills.SkillsService skills, int port)
            throws InterruptedException {
        ApiSettings settings = ApiSettings.fromEnvironment(System.getenv());
        boolean secureCookies = "true".equalsIgnoreCase(System.getenv("OPENPES_SECURE_COOKIES"));
        ServiceRoutes routes = new ServiceRoutes(services.authentication(), services.people(), services.patti(),
                services.caseloads(), services.pool(), secureCookies).withIdempotency(services.idempotency());
        String issuer = System.getenv("OPENPES_OIDC_ISSUER");
        if (issuer != null && !issuer.isBlank()) {
            try {
                routes.withOidc(org.openpes.services.auth.OidcLogin.discover(new org.openpes.services.auth.OidcLogin
                        .Settings(java.net.URI.create(issuer), required("OPENPES_OIDC_CLIENT_ID"),
                                required("OPENPES_OIDC_CLIENT_SECRET"),
                                java.net.URI.create(required("OPENPES_OIDC_REDIRECT_URI")),
                                System.getenv().getOrDefault("OPENPES_OIDC_USERNAME_CLAIM", "preferred_username")),
                        Clock.systemUTC()));
            } catch (java.io.IOException e) {
                throw new org.openpes.core.error.OpenPesException(e, org.openpes.core.error.ErrorCode.API_005,
                        "OPENPES_OIDC_ISSUER", e.getMessage());
            }
        }
        ApiServer server = ApiServer.start(ref, new OperationalRecords(db.dataSource()), store, skills, port,
                settings, routes);
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
