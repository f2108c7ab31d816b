package org.openpes.cli;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.openpes.api.ApiServer;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.records.OperationalRecords;
import org.openpes.reference.ReferenceData;

/** Starts the HTTP server on an open database and blocks until the process is stopped. */
final class Server {
    private Server() {
    }

    static OperationalDatabase openDatabase() {
        Map<String, String> env = System.getenv();
        return OperationalDatabase.open(DatabaseSettings.fromEnvironment(env, Home.database()));
    }

    static void serve(ReferenceData ref, OperationalDatabase db, org.openpes.observatory.store.EventStore store,
            org.openpes.skills.SkillsService skills, int port) throws InterruptedException {
        org.openpes.api.ApiSettings settings = org.openpes.api.ApiSettings.fromEnvironment(System.getenv());
        ApiServer server = ApiServer.start(ref, new OperationalRecords(db.dataSource()), store, skills, port,
                settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            db.close();
            stopped.countDown();
        }, "openpes-shutdown"));
        System.out.println("OpenPES is serving on http://" + settings.host() + ":" + server.port() + "  ("
                + db.description()
                + "; Ctrl-C to stop)");
        stopped.await();
    }
}
