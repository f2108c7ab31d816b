package org.openpes.services.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.reference.ReferenceData;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.crossborder.Feed;
import org.openpes.services.feeds.MareFeedReader;
import org.openpes.services.matching.TitleOccupations;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonRegistration;
import org.openpes.services.workflow.Outcome;
import org.openpes.skills.SkillsService;

/**
 * Cross-border mobility on the real PostgreSQL: France Travail's feed is imported whole, sent again it updates the same
 * vacancies, and a feed with one row at fault imports nothing. Giulia of Milano speaks French and declared mobility to
 * France: she is a candidate for a vacancy asking French; Marco, who speaks only English, is not, nor is a person of
 * Bergamo for a caller of Milano's province.
 */
class CrossBorderServiceTest {
    static final ReferenceData REF = ReferenceData.load();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static TestDatabase database;
    static PeopleService people;
    static CurriculumService curricula;
    static CrossBorderService crossBorder;
    static Callers callers = new Callers(REF);

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.start("openpes-pg-crossborder", 4);
        Places places = new Places(REF);
        people = new PeopleService(database.store, REF, places, CLOCK);
        curricula = new CurriculumService(database.store, REF, places, CLOCK);
        crossBorder = new CrossBorderService(database.store, REF, places, null, new TitleOccupations(
                SkillsService.withoutRegion(REF), "fr", 1.0), CLOCK);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Person register(Caller who, String letters, String given, String family, String comune) {
        String code = FiscalCode.compose(letters, LocalDate.of(1995, 6, 12), Sex.F, "F205").value();
        return people.register(who, new PersonRegistration(code, given, family, "IT", comune, "3", "2026-09-01"))
                .orThrow();
    }

    private static void add(Caller who, Person p, CurriculumService.Kind kind, String field, String value) {
        curricula.add(who, p.id(), kind, Map.of(field, value)).orThrow();
    }

    private static String refusal(Outcome<?> out) {
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) out).refusal().message();
    }

    private static int count(String table) throws Exception {
        try (Connection c = database.db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aFeedIsImportedWholeUpdatedWhenSentAgainAndRefusedWholeWhenARowIsAtFault() throws Exception {
        Caller cm = callers.caseManagerOfMilano();
        String json = new String(MareFeedReader.class.getResourceAsStream("demo-feed-fr.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("(démo)", "(test)"); // a source of its own: the other test's ids differ
        Feed demo = MareFeedReader.read(json.getBytes(StandardCharsets.UTF_8)).asOf(LocalDate.now(CLOCK));
        var first = crossBorder.importFeed(cm, demo).orThrow();
        assertThat(first.imported()).isTrue();
        assertThat(first.feed().created()).isEqualTo(12);
        var ids = crossBorder.open(cm).orThrow().stream().filter(v -> v.source().endsWith("(test)")).map(v -> v.id())
                .sorted().toList();
        assertThat(ids).hasSize(12);

        var again = crossBorder.importFeed(cm, demo).orThrow();
        assertThat(again.feed().created()).isZero();
        assertThat(again.feed().updated()).isEqualTo(12);
        assertThat(crossBorder.open(cm).orThrow().stream().filter(v -> v.source().endsWith("(test)"))
                .map(v -> v.id()).sorted().toList())
                .as("a vacancy sent again keeps its id").isEqualTo(ids);

        String bad = json.replace("FT-DEMO-0012", "FT-NEW-0001").replace("\"FRK28\"", "\"ITC4C\"");
        int vacancies = count("cross_border_vacancy");
        int feeds = count("cross_border_feed");
        var refused = crossBorder.importFeed(cm, MareFeedReader.read(bad.getBytes(StandardCharsets.UTF_8)))
                .orThrow();
        assertThat(refused.imported()).isFalse();
        assertThat(refused.errors()).extracting(e -> e.row() + " " + e.field()).containsExactly("6 nuts3",
                "8 nuts3");
        assertThat(count("cross_border_vacancy")).as("not half-imported: FT-NEW-0001 is not there")
                .isEqualTo(vacancies);
        assertThat(count("cross_border_feed")).isEqualTo(feeds);

        Caller analyst = new Caller("analyst", Role.ANALYST, Scope.parse("region:03"), Scope.parse("region:03"), "");
        assertThat(refusal(crossBorder.importFeed(analyst, demo))).startsWith("OPES-SRV-007");
        assertThat(refusal(crossBorder.open(analyst))).startsWith("OPES-SRV-007");
    }

    @Test
    void candidatesDeclaredMobilityToTheCountryAndSpeakItsLanguagesInTheCallersTerritory() throws Exception {
        Caller cm = callers.caseManagerOfMilano();
        crossBorder.importFeed(cm, MareFeedReader.demo().asOf(LocalDate.now(CLOCK))).orThrow();
        Person giulia = register(cm, "RSSGLI", "Giulia", "Rossi", "015146");
        Person marco = register(cm, "BNCMRC", "Marco", "Bianchi", "015146");
        Caller bergamo = callers.operatorOfBergamo();
        Person bergamasca = register(bergamo, "VRDLRA", "Laura", "Verdi", "016024");
        add(cm, giulia, CurriculumService.Kind.LANGUAGE, "language", "fr");
        add(cm, giulia, CurriculumService.Kind.MOBILITY, "country", "FR");
        add(cm, marco, CurriculumService.Kind.LANGUAGE, "language", "en");
        add(cm, marco, CurriculumService.Kind.MOBILITY, "country", "FR");
        add(bergamo, bergamasca, CurriculumService.Kind.LANGUAGE, "language", "fr");
        add(bergamo, bergamasca, CurriculumService.Kind.MOBILITY, "country", "FR");
        assertThat(refusal(curricula.add(cm, giulia.id(), CurriculumService.Kind.MOBILITY, Map.of("country", "FR"))))
                .startsWith("OPES-SRV-025");
        assertThat(refusal(curricula.add(cm, giulia.id(), CurriculumService.Kind.MOBILITY, Map.of("country", "IT"))))
                .contains("'country'");
        assertThat(refusal(curricula.add(cm, giulia.id(), CurriculumService.Kind.LANGUAGE, Map.of("language",
                "French")))).contains("'language'");
        assertThat(curricula.read(cm, giulia.id(), "test").orThrow().curriculum().mobility()).containsExactly("FR");

        var vacancies = crossBorder.open(cm).orThrow();
        String cook = vacancies.stream().filter(v -> v.foreignId().equals("FT-DEMO-0002")).findFirst().orElseThrow()
                .id(); // asks French B1
        String receptionist = vacancies.stream().filter(v -> v.foreignId().equals("FT-DEMO-0003")).findFirst()
                .orElseThrow().id(); // asks French and English
        var found = crossBorder.candidates(cm, cook, 20).orThrow();
        assertThat(found.candidates()).extracting(c -> c.person().id()).containsExactly(giulia.id());
        assertThat(found.candidates().get(0).score()).as("no matcher on this service: listed, unscored").isNull();
        assertThat(crossBorder.candidates(cm, receptionist, 20).orThrow().candidates()).isEmpty();
        assertThat(crossBorder.candidates(callers.supervisorOfLombardy(), cook, 20)).isInstanceOf(
                Outcome.Refused.class); // a supervisor does not match people to cross-border vacancies
        Caller lombardy = new Caller("op-region", Role.OPERATOR, Scope.parse("region:03"), Scope.parse("region:03"),
                "");
        assertThat(crossBorder.candidates(lombardy, cook, 20).orThrow().candidates()).extracting(c -> c.person().id())
                .containsExactlyInAnyOrder(giulia.id(), bergamasca.id());
        assertThat(refusal(crossBorder.candidates(cm, "X-NOPE", 20))).startsWith("OPES-SRV-009");

        var giuliaFits = crossBorder.forPerson(cm, giulia.id()).orThrow();
        assertThat(giuliaFits).extracting(f -> f.vacancy().id()).contains(cook).doesNotContain(receptionist);
        assertThat(giuliaFits).allSatisfy(f -> assertThat(f.vacancy().languages()).allSatisfy(l ->
                assertThat(l.code()).isIn("fr", "it")));
        assertThat(crossBorder.forPerson(cm, marco.id()).orThrow()).as("Marco speaks no French").isEmpty();
        assertThat(refusal(crossBorder.forPerson(cm, bergamasca.id()))).startsWith("OPES-SRV-008");
        assertThat(refusal(crossBorder.candidates(cm, cook, 0))).contains("'k'");

        try (Connection c = database.db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select string_agg(actor || ' ' || action || ' ' || subject, E'\\n') "
                        + "from audit_record")) {
            rs.next();
            assertThat(rs.getString(1)).contains("cm-milano READ cross-border vacancy:" + cook + " people:1")
                    .contains("cm-milano CREATE curriculum:MOBILITY person:" + giulia.id()).doesNotContain("Rossi");
        }
    }
}
