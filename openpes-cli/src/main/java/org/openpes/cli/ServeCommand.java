package org.openpes.cli;

import java.util.concurrent.Callable;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the HTTP server: /health, /api/openapi.json, the API and the web pages.",
            "The database is the embedded PostgreSQL in $OPENPES_HOME/pgdata (default .openpes/pgdata), or the "
                + "server named by OPENPES_DB_URL, OPENPES_DB_USER and OPENPES_DB_PASSWORD."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--store", description = "An analytics store (from 'co ingest'): serves /api/observatory/...")
    java.nio.file.Path store;

    @Option(names = "--region", description = "A region folder (seekers, vacancies, courses) for /api/match, "
            + "/api/training and /api/transitions instead of the database's records (the default).")
    java.nio.file.Path region;

    @Override
    public Integer call() throws Exception {
        ReferenceData ref = ReferenceData.load();
        OperationalDatabase db = Server.openDatabase();
        org.openpes.services.ServicesModule services = Server.services(ref, db);
        org.openpes.observatory.store.EventStore events = store == null ? null : IndicatorsCommand.open(store, ref);
        Server.serve(ref, db, services, events, Server.skills(ref, services, events, region), port);
        return 0;
    }
}
