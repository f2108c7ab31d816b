package org.openpes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.load.LoadSchema;
import org.openpes.operational.load.RegionLoader;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a demo region (Lombardy by default), load it into the embedded database and "
                + "serve it on http://localhost:8080.",
            "The region is generated once into $OPENPES_HOME/demo-REGION-SCALE and reused afterwards."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--region", defaultValue = "03", description = "ISTAT region code (default ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--scale", defaultValue = "0.05",
            description = "Share of the real CO volume (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--flows", description = "Real quarterly CO flows to calibrate on (default: ../shared/data/...).")
    Path flows = RealFlows.DEFAULT;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        ReferenceData ref = ReferenceData.load();
        System.err.printf(Locale.ROOT, "reference data loaded in %.2f s%n", ref.loadTime().toMillis() / 1000.0);
        Path out = Home.dir().resolve("demo-" + region + "-" + scale);
        if (!Files.isRegularFile(out.resolve("manifest.json"))) {
            Progress progress = new Progress("generate");
            var r = new RegionGenerator(ref).generate(new GeneratorParams(region, 2017, 2024, scale, 42, out, 0,
                    flows), progress::update);
            System.err.printf(Locale.ROOT, "generated %,d CO rows, %,d job seekers, %,d vacancies in %s%n",
                    r.events(), r.seekers(), r.vacancies(), out);
        } else {
            System.err.println("reusing the demo region in " + out);
        }
        OperationalDatabase db = Server.openDatabase();
        Progress progress = new Progress("load");
        var report = new RegionLoader(db.dataSource(), new LoadSchema(ref)).load(out, progress::update);
        System.err.printf(Locale.ROOT, "loaded %s; ready after %.1f s%n", report.rows(),
                (System.nanoTime() - t0) / 1e9);
        Server.serve(ref, db, port);
        return 0;
    }
}
