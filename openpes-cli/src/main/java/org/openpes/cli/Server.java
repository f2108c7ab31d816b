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

    static void serve(ReferenceData ref, OperationalDatabase db, org.openpes.observatory.store.EventStore store,
            org.openpes.skills.SkillsService skills, int port) throws InterruptedException {
        serve(ref, db, services(ref, db), store, skills, port);
    }

    static void serve(ReferenceData ref, OperationalDatabase db, ServicesModule services,
            org.openpes.observatory.store.EventStore store, org.openpes.skills.SkillsService skills, int port)
            throws InterruptedException {
        ApiSettings settings = ApiSettings.fromEnvironment(System.getenv());
        boolean secureCookies = "true".equalsIgnoreCase(System.getenv("OPENPES_SECURE_COOKIES"));
        ApiServer server = ApiServer.start(ref, new OperationalRecords(db.dataSource()), store, skills, port,
                settings, new ServiceRoutes(services.authentication(), services.people(), services.patti(),
                        services.caseloads(), services.pool(), secureCookies));
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
