package org.openpes.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openpes.core.io.TempDirectories;
import org.openpes.core.io.Trees;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.load.LoadSchema;
import org.openpes.operational.load.RegionLoader;
import org.openpes.operational.records.OperationalRecords;
import org.openpes.reference.ReferenceData;

/**
 * One real server for the API tests of this JVM: a generated Lombardy 2024 (1%) loaded into an embedded PostgreSQL
 * and ingested into an analytics store.
 */
final class ServerFixture {
    private static ApiServer server;
    /** The id of the region's first vacancy, for matching tests. */
    static String firstVacancy;
    /** Its ESCO occupation, and the region's first job seeker, for transition tests. */
    static String firstVacancyOccupation;
    static String firstSeeker;
    static String firstSeekerOccupation;
    /** The demo partner organisation that demo.partner works for. */
    static String demoPartner;

    /** The real reference data, loaded once for every test of the API. */
    static final ReferenceData REF = ReferenceData.load();
    /** The PES's services over the fixture's database, with one demo account per role. */
    static org.openpes.services.ServicesModule services;
    static final String PSEUDONYM_KEY = "api-test-key-0123456789abcdefghijkl";
    static final String DEMO_PASSWORD = "a demo password, not a secret";
    /** Milano's CPI (province 015) and Bergamo's (016), of the real Lombardy CPI table. */
    static final java.util.List<org.openpes.services.auth.DemoAccounts.Demo> DEMOS =
            org.openpes.services.auth.DemoAccounts.of("03", "015", cpiOf("015146"), "016", cpiOf("016024"));

    private static org.openpes.services.app.WorkHistories histories(EventStore store) {
        return new org.openpes.services.co.StoreWorkHistories(store, new Pseudonymiser(PSEUDONYM_KEY));
    }

    static String cpiOf(String comune) {
        return REF.territories().cpiOf(comune).orElseThrow().code();
    }

    private ServerFixture() {
    }

    static synchronized ApiServer server() throws Exception {
        if (server != null) {
            return server;
        }
        ReferenceData ref = REF;
        Path region = TempDirectories.create("openpes-api-region");
        Path flows = RealFlows.locate();
        new RegionGenerator(ref).generate(new GeneratorParams("03", 2021, 2024, 0.01, 3, region, 0, flows),
                (f, m) -> { });
        Path pg = Files.createTempDirectory("openpes-api-pg");
        OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(pg));
        // Its data go once PostgreSQL has stopped, when the tests' JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.close();
            Trees.deleteWhatCan(pg);
        }));
        new RegionLoader(db.dataSource(), new LoadSchema(ref)).load(region, (f, m) -> { });
        Path storeDir = TempDirectories.create("openpes-api-store");
        List<Path> coFiles;
        try (var files = Files.list(region.resolve("co"))) {
            coFiles = files.sorted().toList();
        }
        new CoIngestor(() -> new CoRowValidator(ref, new Pseudonymiser(PSEUDONYM_KEY)),
                storeDir).ingest(coFiles, (f, m) -> { });
        EventStore store = EventStore.open(storeDir, ref);
        services = new org.openpes.services.ServicesModule(db.dataSource(), ref, java.time.Clock.systemUTC(), 8);
        org.openpes.services.auth.DemoAccounts.create(services.accounts(), DEMOS, DEMO_PASSWORD);
        demoPartner = org.openpes.services.app.DemoPartners.seed(services.partners(), services.accounts()
                .byUsername("demo.partner").map(a -> a.account().userId()), "03", "015",
                java.time.LocalDate.now()).orElseThrow();
        org.openpes.skills.SkillsService skills = new org.openpes.skills.SkillsService(ref,
                services.region(histories(store)));
        org.openpes.services.app.EmployerHistories employerCo = new org.openpes.services.co.StoreEmployerHistories(
                store, new Pseudonymiser(PSEUDONYM_KEY));
        org.openpes.services.app.EmployerService employers = services.employers(employerCo);
        server = ApiServer.start(ref, new OperationalRecords(db.dataSource()), store, skills, 0, ApiSettings.DEFAULTS,
                new org.openpes.api.services.ServiceRoutes(services.authentication(), services.people(),
                        services.patti(), services.caseloads(), services.pool(), false)
                        .withIdempotency(services.idempotency()).withProtectedData(services.protectedData())
                        .withCurriculum(services.curriculum()).withPartners(services.partners())
                        .withProfiling(services.profiling(histories(store)))
                        .withOutcomes(services.outcomes(histories(store), ApiSettings.DEFAULTS.disclosureK()))
                        .withEmployers(employers, services.vacancies(employers,
                                new org.openpes.services.matching.MatcherCandidates(skills, ref), 60),
                                services.events(employers, employerCo), skills)
                        .withCrisis(services.crisis(employers, new org.openpes.services.co.StoreCrisisHistories(store,
                                new Pseudonymiser(PSEUDONYM_KEY))))
                        .withCrossBorder(services.crossBorder(new org.openpes.services.matching.MatcherCandidates(
                                skills, ref), new org.openpes.services.matching.TitleOccupations(skills, "fr", 1.0)),
                                ref));
        String[] vacancy = Files.readAllLines(region.resolve("vacancies.csv")).get(1).split(",");
        firstVacancy = vacancy[0];
        firstVacancyOccupation = vacancy[4];
        String[] seeker = Files.readAllLines(region.resolve("seekers.csv")).get(1).split(",");
        firstSeeker = seeker[0];
        firstSeekerOccupation = seeker[9];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            db.close();
        }));
        return server;
    }
}
