package org.openpes.services.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.core.io.TempDirectories;
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
import org.openpes.reference.ReferenceData;
import org.openpes.services.co.StoreWorkHistories;
import org.openpes.skills.SkillsService;
import org.openpes.skills.match.FolderRegion;
import org.openpes.skills.match.MatchOptions;
import org.openpes.skills.match.RegionSource;
import org.openpes.skills.match.SeekerProfile;
import org.openpes.skills.match.VacancyProfile;
import org.openpes.skills.training.Course;

/**
 * The two sources of a region for matching agree: a generated region read from its folder, and the same region
 * loaded into the operational database (the product's source) with its CO ingested into a store. People, vacancies
 * and courses are the same records; earlier jobs come from the raw CO files on one side and from the store's spells
 * (corrections and annulments applied) on the other, so they agree for nearly everyone, not necessarily for all.
 */
class RegionSourceContractTest {
    static final ReferenceData REF = ReferenceData.load();
    static OperationalDatabase db;
    static com.zaxxer.hikari.HikariDataSource pool;
    static EventStore store;
    static Path folder;
    static RegionSource fromFolder;
    static RegionSource fromDatabase;

    @BeforeAll
    static void start() throws Exception {
        folder = TempDirectories.create("openpes-region-contract");
        new RegionGenerator(REF).generate(new GeneratorParams("03", 2022, 2024, 0.004, 11, folder, 0,
                RealFlows.locate()), (f, m) -> { });
        db = OperationalDatabase.open(DatabaseSettings.embedded(TempDirectories.create("openpes-pg-region")));
        new RegionLoader(db.dataSource(), new LoadSchema(REF)).load(folder, (f, m) -> { });
        Path storeDir = TempDirectories.create("openpes-region-store");
        List<Path> co;
        try (Stream<Path> files = Files.list(folder.resolve("co"))) {
            co = files.sorted().toList();
        }
        String key = "region-contract-key-0123456789abcdef";
        new CoIngestor(() -> new CoRowValidator(REF, new Pseudonymiser(key)), storeDir).ingest(co, (f, m) -> { });
        store = EventStore.open(storeDir, REF);
        pool = Pool.over(db.dataSource(), 4);
        fromFolder = new FolderRegion(folder);
        fromDatabase = new PgRegion(pool, new StoreWorkHistories(store, new Pseudonymiser(key)));
    }

    @AfterAll
    static void stop() {
        store.close();
        pool.close();
        db.close();
    }

    private record Seeker(SeekerProfile profile, List<String> earlier) {
    }

    private static Map<String, Seeker> seekers(RegionSource source) {
        Map<String, Seeker> out = new HashMap<>();
        int n = source.seekers((p, earlier) -> out.put(p.id(), new Seeker(p, earlier)));
        assertThat(n).isEqualTo(out.size());
        return out;
    }

    /** A profile with its skills as a set (the database keeps them in URI order, the files in theirs). */
    private static List<Object> comparable(SeekerProfile p) {
        return List.of(p.id(), String.valueOf(p.occupationUri()), Set.copyOf(p.skills()), p.isced(),
                Set.copyOf(p.languages()), p.licences(), p.homeComune(), p.maxDistanceKm(), p.availability(),
                p.preferredContract());
    }

    @Test
    void bothSourcesHoldTheSamePeopleWithTheSameProfiles() {
        Map<String, Seeker> files = seekers(fromFolder);
        Map<String, Seeker> database = seekers(fromDatabase);
        assertThat(database.keySet()).hasSizeGreaterThan(100).isEqualTo(files.keySet());
        files.forEach((id, s) -> assertThat(comparable(database.get(id).profile())).as(id)
                .isEqualTo(comparable(s.profile())));
    }

    @Test
    void earlierJobsFromTheStoreAgreeWithTheRawCoForNearlyEveryone() {
        Map<String, Seeker> files = seekers(fromFolder);
        Map<String, Seeker> database = seekers(fromDatabase);
        long withHistory = files.values().stream().filter(s -> !s.earlier().isEmpty()).count();
        long same = files.keySet().stream().filter(id -> files.get(id).earlier().stream().distinct().toList()
                .equals(database.get(id).earlier().stream().distinct().toList())).count();
        assertThat(withHistory).as("people with jobs before registering").isGreaterThan(files.size() / 10);
        assertThat((double) same / files.size()).as("share with the same earlier jobs").isGreaterThan(0.95);
    }

    @Test
    void bothSourcesHoldTheSameVacanciesAndCourses() {
        Map<String, VacancyProfile> a = fromFolder.vacancies();
        Map<String, VacancyProfile> b = fromDatabase.vacancies();
        assertThat(b.keySet()).isNotEmpty().isEqualTo(a.keySet());
        a.forEach((id, v) -> {
            VacancyProfile w = b.get(id);
            assertThat(List.of(w.employerCode(), w.occupationUri(), Set.copyOf(w.essentialSkills()),
                    Set.copyOf(w.optionalSkills()), w.comune(), w.contractType(), w.workingTime(), w.minIsced()))
                    .as(id).isEqualTo(List.of(v.employerCode(), v.occupationUri(), Set.copyOf(v.essentialSkills()),
                            Set.copyOf(v.optionalSkills()), v.comune(), v.contractType(), v.workingTime(),
                            v.minIsced()));
        });
        assertThat(new HashSet<>(fromDatabase.courses())).isNotEmpty()
                .isEqualTo(new HashSet<Course>(fromFolder.courses()));
    }

    @Test
    void theMatcherOverTheDatabaseRanksCandidatesForEveryVacancy() {
        SkillsService skills = new SkillsService(REF, fromDatabase);
        String vacancy = fromDatabase.vacancies().keySet().iterator().next();
        var candidates = skills.candidatesFor(vacancy, 5, MatchOptions.DEFAULT);
        assertThat(candidates).hasSize(5);
        assertThat(candidates.stream().map(m -> m.score()).collect(Collectors.toList()))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
