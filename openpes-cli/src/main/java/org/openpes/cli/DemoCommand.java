package org.openpes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.load.LoadSchema;
import org.openpes.operational.load.RegionLoader;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a demo region (Lombardy by default), load it into the embedded database, ingest "
                + "its CO events into an analytics store, and serve it on http://localhost:8080 (the observatory at "
                + "/observatory.html).",
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
        Path out = Home.demoRegion(region, scale);
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
        System.err.printf(Locale.ROOT, "loaded %s%n", report.rows());
        Path store = Home.dir().resolve("demo-store-" + region + "-" + scale);
        String key = demoKey();
        List<Path> files;
        try (Stream<Path> s = Files.list(out.resolve("co"))) {
            files = s.sorted().toList();
        }
        IngestReport ingested = new CoIngestor(() -> new CoRowValidator(ref, new Pseudonymiser(key)), store)
                .ingest(files, new Progress("ingest")::update);
        System.err.printf(Locale.ROOT, "analytics store: %,d CO rows ingested, %d batches already present; ready "
                + "after %.1f s; observatory at http://localhost:%d/observatory.html%n", ingested.accepted(),
                ingested.batchesAlreadyPresent(), (System.nanoTime() - t0) / 1e9, port);
        org.openpes.services.ServicesModule services = Server.services(ref, db);
        demoAccounts(ref, services);
        EventStore events = EventStore.open(store, ref);
        System.err.println("profiling model (fitted on the demo region's registered people):");
        ProfilingCommand.print(Server.profiling(services, events).fit(ProfilingCommand.cli(region)).orThrow());
        if (region.equals("03")) {
            var manager = services.accounts().byUsername("demo.account-manager").orElseThrow().account()
                    .asCaller("cli");
            int accounts = DemoPortfolio.seed(services.employers(Server.employerHistories(events)), manager,
                    java.time.LocalDate.now());
            System.err.printf(Locale.ROOT, "demo.account-manager's portfolio: %d employers of her CPI that hire "
                    + "(prospects and CO hires on the Portfolio page)%n", accounts);
            var unit = services.accounts().byUsername("demo.crisis-unit").orElseThrow().account().asCaller("cli");
            var employerCo = Server.employerHistories(events);
            DemoCrisis.seed(services.crisis(services.employers(employerCo), new org.openpes.services.co
                    .StoreCrisisHistories(events, Server.pseudonymiser())), unit, employerCo.observedUntil())
                    .ifPresent(v -> System.err.println(DemoCrisis.describe(v)));
        }
        org.openpes.skills.SkillsService skills = Server.skills(ref, services, events, null);
        if (region.equals("03")) {
            int[] seeded = org.openpes.services.app.DemoCrossBorder.seed(services.crossBorder(null,
                    Server.frenchTitles(skills)), services.curriculum(),
                    org.openpes.services.feeds.MareFeedReader.demo(), frenchSpeakers(out, "015", 60), region,
                    java.time.LocalDate.now());
            System.err.printf(Locale.ROOT, "cross-border (MA.R.E.): %d vacancies of France Travail imported; %d "
                    + "French speakers of Milano's province declared mobility to France%n", seeded[0], seeded[1]);
            var manager = services.accounts().byUsername("demo.account-manager").orElseThrow().account()
                    .asCaller("cli");
            var employerCo = Server.employerHistories(events);
            var employers = services.employers(employerCo);
            DemoEvent.seed(employers, services.vacancies(employers, new org.openpes.services.matching
                    .MatcherCandidates(skills, ref), 60), services.events(employers, employerCo), manager,
                    employerCo.observedUntil()).ifPresent(v -> System.err.println(DemoEvent.describe(v)));
        }
        Server.serve(ref, db, services, events, skills, port);
        return 0;
    }

    /** The first {@code limit} people of the region files living in {@code province} who speak French. */
    static List<org.openpes.services.people.PersonId> frenchSpeakers(Path region, String province, int limit)
            throws java.io.IOException {
        try (Stream<String> lines = Files.lines(region.resolve("seekers.csv"))) {
            return lines.skip(1).map(l -> l.split(",", -1))
                    .filter(f -> f[10].startsWith(province) && List.of(f[14].split(";")).contains("fr"))
                    .limit(limit).map(f -> new org.openpes.services.people.PersonId(f[0])).toList();
        }
    }

    /**
     * One account per role in the CPI of Milano (and an operator in Bergamo's), with a password made once for this
     * installation ($OPENPES_HOME/demo-password, readable by its owner only), printed with how to log in. The real
     * CPI table carried today is Lombardy's: other regions get no demo accounts.
     */
    private void demoAccounts(ReferenceData ref, org.openpes.services.ServicesModule services)
            throws java.io.IOException {
        if (!region.equals("03")) {
            System.err.println("no demo accounts: the CPI table carried is Lombardy's (--region 03)");
            return;
        }
        String password = secretFile("demo-password", 12);
        var demos = org.openpes.services.auth.DemoAccounts.of("03", "015",
                ref.territories().cpiOf("015146").orElseThrow().code(), "016",
                ref.territories().cpiOf("016024").orElseThrow().code());
        org.openpes.services.auth.DemoAccounts.create(services.accounts(), demos, password);
        var coop = org.openpes.services.app.DemoPartners.seed(services.partners(), services.accounts()
                .byUsername("demo.partner").map(a -> a.account().userId()), "03", "015",
                java.time.LocalDate.now());
        if (coop.isPresent()) { // two people of Milano's CPI referred to the cooperative: demo.partner sees them
            var cm = services.accounts().byUsername("demo.case-manager").orElseThrow().account().asCaller("cli");
            String milano = ref.territories().cpiOf("015146").orElseThrow().code();
            try (Stream<String> lines = Files.lines(Home.demoRegion(region, scale).resolve("seekers.csv"))) {
                lines.skip(1).map(l -> l.split(",", -1)).filter(f -> ref.territories().cpiOf(f[10])
                        .map(c -> c.code().equals(milano)).orElse(false)).limit(2)
                        .forEach(f -> services.partners().refer(cm, new org.openpes.services.people.PersonId(f[0]),
                                coop.get(), "inserimento lavorativo in cooperativa di tipo B").orThrow());
            }
        }
        System.err.println("demo accounts (password in " + Home.dir().resolve("demo-password") + "):");
        for (var d : demos) {
            System.err.printf(Locale.ROOT, "  %-22s %-16s works in %s, looks up in %s%n", d.username(), d.role(),
                    d.capture(), d.search());
        }
        System.err.printf(Locale.ROOT, "log in: curl -c jar -H 'Content-Type: application/json' -d "
                + "'{\"username\":\"demo.case-manager\",\"password\":\"'$(cat %s)'\"}' "
                + "http://localhost:%d/api/session%n", Home.dir().resolve("demo-password"), port);
    }

    /**
     * The pseudonymisation key: OPENPES_PSEUDONYM_KEY when set, else a random key created once for this
     * installation in $OPENPES_HOME/pseudonym.key (readable by its owner only). Never a key written in the code.
     */
    private static String demoKey() throws java.io.IOException {
        Optional<String> configured = Configuration.current().pseudonymKey();
        return configured.isPresent() ? configured.get() : secretFile("pseudonym.key", 32);
    }

    /** A random secret of {@code bytes} bytes, in hex, made once in $OPENPES_HOME/NAME (readable by its owner). */
    private static String secretFile(String name, int bytes) throws java.io.IOException {
        Path file = Home.dir().resolve(name);
        if (!Files.isRegularFile(file)) {
            byte[] random = new byte[bytes];
            new java.security.SecureRandom().nextBytes(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, java.util.HexFormat.of().formatHex(random));
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file stays with its default permissions
            }
        }
        return Files.readString(file).strip();
    }
}
