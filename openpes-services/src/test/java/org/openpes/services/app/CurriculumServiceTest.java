package org.openpes.services.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.reference.ReferenceData;
import org.openpes.services.app.CurriculumService.Kind;
import org.openpes.services.curriculum.Education;
import org.openpes.services.curriculum.PersonSkill;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonRegistration;
import org.openpes.services.pg.PgServicesStore;
import org.openpes.services.workflow.Outcome;

/**
 * A case manager of Milano fills in Giulia's curriculum on the real PostgreSQL: her diploma, a course, work she did
 * abroad, a skill; a repeated form adds nothing, an operator of Bergamo cannot see or change it, and each step is in
 * the audit trail without her name.
 */
class CurriculumServiceTest {
    static final ReferenceData REF = ReferenceData.load();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static final String SPREADSHEETS = "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be";
    static TestDatabase database;
    static OperationalDatabase db;
    static PeopleService people;
    static CurriculumService curricula;
    static Callers callers = new Callers(REF);

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.start("openpes-pg-curriculum", 4);
        db = database.db;
        PgServicesStore store = database.store;
        Places places = new Places(REF);
        people = new PeopleService(store, REF, places, CLOCK);
        curricula = new CurriculumService(store, REF, places, CLOCK);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Person giulia() {
        String code = FiscalCode.compose("VRDGLI", LocalDate.of(1994, 2, 14), Sex.F, "F205").value();
        return people.register(callers.caseManagerOfMilano(), new PersonRegistration(code, "Giulia", "Verdi", "IT",
                "015146", "3", "2026-11-02")).orThrow();
    }

    private static String refusal(Outcome<?> out) {
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) out).refusal().message();
    }

    @Test
    void aCaseManagerFillsInTheCurriculumAndARepeatedFormAddsNothing() throws Exception {
        Person g = giulia();
        var cm = callers.caseManagerOfMilano();
        curricula.add(cm, g.id(), Kind.EDUCATION, Map.of("isced", "3", "title", "Diploma di ragioneria",
                "year", "2013")).orThrow();
        curricula.add(cm, g.id(), Kind.TRAINING, Map.of("title", "Excel avanzato", "provider", "Ente Formativo Lombardo",
                "year", "2025", "hours", "40", "certified", "true")).orThrow();
        curricula.add(cm, g.id(), Kind.EXPERIENCE, Map.of("occupation", "commesso", "employer", "Negozio a Lugano",
                "from", "2019-03", "to", "2021-06")).orThrow();
        var view = curricula.add(cm, g.id(), Kind.SKILL, Map.of("skill", "use spreadsheets software")).orThrow();

        assertThat(view.curriculum().education()).containsExactly(new Education(3, "Diploma di ragioneria", 2013));
        assertThat(view.curriculum().training()).singleElement().satisfies(t -> assertThat(t.hours()).isEqualTo(40));
        assertThat(view.curriculum().experience()).singleElement()
                .satisfies(x -> assertThat(view.labels().get(x.occupationUri()).get("it")).isEqualTo("assistente di vendita"));
        assertThat(view.curriculum().skills()).containsExactly(new PersonSkill(SPREADSHEETS, PersonSkill.Source.DECLARED));
        assertThat(view.labels().get(SPREADSHEETS)).containsEntry("en", "use spreadsheets software");

        assertThat(refusal(curricula.add(cm, g.id(), Kind.EDUCATION, Map.of("isced", "3", "title",
                "Diploma di ragioneria", "year", "2013")))).startsWith("OPES-SRV-025").contains("education");
        assertThat(refusal(curricula.add(cm, g.id(), Kind.SKILL, Map.of("skill", SPREADSHEETS))))
                .startsWith("OPES-SRV-025");
        assertThat(refusal(curricula.add(cm, g.id(), Kind.TRAINING, Map.of("title", "Excel avanzato"))))
                .startsWith("OPES-SRV-004").contains("'provider'");
        var again = curricula.read(callers.supervisorOfLombardy(), g.id(), "check").orThrow();
        assertThat(again.curriculum().education()).hasSize(1);
        assertThat(again.curriculum().training()).hasSize(1);
        assertThat(again.curriculum().skills()).hasSize(1);

        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select string_agg(actor || ' ' || action || ' ' || subject || ' '"
                        + " || purpose, E'\\n') from audit_record")) {
            rs.next();
            assertThat(rs.getString(1)).contains("cm-milano CREATE curriculum:EDUCATION person:" + g.id())
                    .contains("cm-milano CREATE curriculum:SKILL person:" + g.id())
                    .contains("sup-lombardia READ curriculum person:" + g.id() + " check")
                    .doesNotContain("Verdi").doesNotContain(g.fiscalCode().value());
        }
    }

    @Test
    void anOperatorOfAnotherProvinceNeitherReadsNorWritesIt() {
        String code = FiscalCode.compose("BNCPLA", LocalDate.of(1990, 7, 1), Sex.M, "F205").value();
        Person p = people.register(callers.caseManagerOfMilano(), new PersonRegistration(code, "Paolo", "Bianchi", "IT",
                "015146", "4", "2026-10-01")).orThrow();
        assertThat(refusal(curricula.read(callers.operatorOfBergamo(), p.id(), "look"))).startsWith("OPES-SRV-008");
        assertThat(refusal(curricula.add(callers.operatorOfBergamo(), p.id(), Kind.SKILL, Map.of("skill",
                SPREADSHEETS)))).startsWith("OPES-SRV-008");
        assertThat(refusal(curricula.add(callers.administrator(), p.id(), Kind.SKILL, Map.of("skill",
                SPREADSHEETS)))).startsWith("OPES-SRV-007");
        assertThat(curricula.read(callers.caseManagerOfMilano(), p.id(), "desk").orThrow().curriculum().skills())
                .isEmpty();
    }
}
