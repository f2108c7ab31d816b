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

    @Option(names = "--region", description = "A region folder (seekers, vacancies, courses): serves /api/match, "
            + "/api/training and province demand for /api/transitions.")
    java.nio.file.Path region;

    @Override
    public Integer call() throws Exception {
        ReferenceData ref = ReferenceData.load();
        OperationalDatabase db = Server.openDatabase();
        Server.serve(ref, db, store == null ? null
                : IndicatorsCommand.open(store, ref),
                new org.openpes.skills.SkillsService(ref, region), port);
        return 0;
    }
}
