package org.openpes.services.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.reference.ReferenceData;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.partners.Agreement;
import org.openpes.services.partners.Partner;
import org.openpes.services.partners.PartnerKind;
import org.openpes.services.partners.Referral;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonRegistration;
import org.openpes.services.pg.PgServicesStore;
import org.openpes.services.workflow.Outcome;

/**
 * The partner network on the real PostgreSQL: the CPI of Milano works with a social cooperative, refers Sara to it;
 * the cooperative's user sees Sara while the referral is open, and nobody else, and closes it with the outcome.
 */
class PartnerServiceTest {
    static final ReferenceData REF = ReferenceData.load();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static TestDatabase database;
    static OperationalDatabase db;
    static PeopleService people;
    static PartnerService partners;
    static CurriculumService curricula;
    static PattoService patti;
    static Callers callers = new Callers(REF);

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.start("openpes-pg-partners", 4);
        db = database.db;
        PgServicesStore store = database.store;
        Places places = new Places(REF);
        people = new PeopleService(store, REF, places, CLOCK);
        partners = new PartnerService(store, places, CLOCK);
        curricula = new CurriculumService(store, REF, places, CLOCK);
        patti = new PattoService(store, places, CLOCK);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Person register(String letters, String given, String family) {
        String code = FiscalCode.compose(letters, LocalDate.of(1992, 4, 3), Sex.F, "F205").value();
        return people.register(callers.caseManagerOfMilano(), new PersonRegistration(code, given, family, "IT",
                "015146", "3", "2026-10-01")).orThrow();
    }

    private static String refusal(Outcome<?> out) {
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) out).refusal().message();
    }

    private static Caller cooperativeUser() {
        return new Caller("partner-ponte", Role.PARTNER, Scope.parse("cpi:" + callers.cpiOf("015146")),
                Scope.parse("province:015"), "127.0.0.1");
    }

    @Test
    void aPartnerSeesOnlyThePeopleReferredToItAndOnlyWhileTheReferralIsOpen() throws Exception {
        var cm = callers.caseManagerOfMilano();
        Partner ponte = partners.add(cm, "Cooperativa sociale Il Ponte", PartnerKind.SOCIAL_COOPERATIVE, "015")
                .orThrow();
        partners.addAgreement(cm, ponte.id(), Agreement.Kind.CONVENZIONE, "Tirocini di inclusione", "2025-01-01",
                "2027-01-31").orThrow();
        assertThat(partners.addMember(callers.administrator(), ponte.id(), "partner-ponte").orThrow()).isTrue();
        Person sara = register("BLLSRA", "Sara", "Bellini");
        Person other = register("FNTMRT", "Marta", "Fontana");
        Caller coop = cooperativeUser();

        assertThat(refusal(people.read(coop, sara.id(), "tirocinio"))).startsWith("OPES-SRV-008");
        Referral r = partners.refer(cm, sara.id(), ponte.id(), "tirocinio di inclusione").orThrow();
        assertThat(refusal(partners.refer(cm, sara.id(), ponte.id(), "again"))).startsWith("OPES-SRV-026");
        assertThat(refusal(partners.refer(coop, other.id(), ponte.id(), "self-referral")))
                .startsWith("OPES-SRV-007");

        assertThat(people.read(coop, sara.id(), "tirocinio").orThrow().familyName()).isEqualTo("Bellini");
        assertThat(curricula.read(coop, sara.id(), "tirocinio").orThrow().person().id()).isEqualTo(sara.id());
        assertThat(refusal(people.read(coop, other.id(), "curiosity"))).startsWith("OPES-SRV-008");
        assertThat(refusal(curricula.add(coop, sara.id(), CurriculumService.Kind.SKILL, java.util.Map.of("skill",
                "use spreadsheets software")))).as("a partner reads, never writes").startsWith("OPES-SRV-007");
        assertThat(partners.referrals(coop).orThrow()).extracting(v -> v.person().id()).containsExactly(sara.id());
        assertThat(partners.referrals(cm).orThrow()).extracting(v -> v.referral().id()).contains(r.id());

        assertThat(refusal(partners.close(coop, r.id(), 5, "assunta"))).startsWith("OPES-SRV-005");
        Referral closed = partners.close(coop, r.id(), 0, "assunta dalla cooperativa con un tirocinio").orThrow();
        assertThat(closed.state()).isEqualTo(Referral.State.CLOSED);
        assertThat(refusal(people.read(coop, sara.id(), "after"))).startsWith("OPES-SRV-008");
        assertThat(partners.referrals(coop).orThrow()).isEmpty();
        assertThat(partners.referralsOf(cm, sara.id()).orThrow()).singleElement()
                .satisfies(v -> assertThat(v.referral().outcome()).contains("tirocinio"));

        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select string_agg(actor || ' ' || action || ' ' || subject, E'\\n') "
                        + "from audit_record")) {
            rs.next();
            assertThat(rs.getString(1)).contains("cm-milano CREATE referral:" + r.id())
                    .contains("partner-ponte READ person:" + sara.id())
                    .contains("partner-ponte UPDATE referral:" + r.id()).doesNotContain("Bellini");
        }
    }

    @Test
    void theNetworkIsTheCallersTerritoryAndAgreementsSayWhenToRenew() {
        var cm = callers.caseManagerOfMilano();
        Partner school = partners.add(cm, "Istituto Galilei", PartnerKind.SCHOOL, "015").orThrow();
        partners.addAgreement(cm, school.id(), Agreement.Kind.PROTOCOLLO, "Orientamento", "2024-01-01", "2026-12-31")
                .orThrow();
        assertThat(refusal(partners.add(cm, "Istituto Galilei", PartnerKind.SCHOOL, "015")))
                .startsWith("OPES-SRV-027");
        assertThat(refusal(partners.add(cm, "Ente di Bergamo", PartnerKind.TRAINING_BODY, "016")))
                .startsWith("OPES-SRV-008");
        assertThat(refusal(partners.add(cm, "Ovunque", PartnerKind.UNION, "999"))).contains("'province'");
        assertThat(refusal(partners.addAgreement(cm, school.id(), Agreement.Kind.PROTOCOLLO, "x", "2026-01-01",
                "2025-01-01"))).contains("'valid_to'");
        assertThat(refusal(partners.addAgreement(callers.operatorOfBergamo(), school.id(),
                Agreement.Kind.PROTOCOLLO, "x", "2026-01-01", "2027-01-01"))).startsWith("OPES-SRV-008");

        var mine = partners.network(cm).orThrow();
        var entry = mine.stream().filter(e -> e.partner().id().equals(school.id())).findFirst().orElseThrow();
        assertThat(entry.agreements()).singleElement().satisfies(a -> assertThat(a.status())
                .as("on the service's day, 2026-12-07: the last 90 days").isEqualTo(Agreement.Status.RENEWAL_DUE));
        assertThat(partners.network(callers.operatorOfBergamo()).orThrow()).extracting(e -> e.partner().id())
                .doesNotContain(school.id());
        assertThat(refusal(partners.network(callers.administrator()))).startsWith("OPES-SRV-007");
    }

    @Test
    void aMeetingWithAPartnerHasFollowUpsThatAreMarkedDoneOnce() throws Exception {
        var cm = callers.caseManagerOfMilano();
        Partner union = partners.add(cm, "CISL Milano Metropoli", PartnerKind.UNION, "015").orThrow();
        var form = new org.openpes.services.meetings.MeetingForm("2026-11-20", "CISL Milano, operatrice\nCPI di "
                + "Milano, responsabile", "Calendario degli sportelli congiunti.", "Sportello il martedì",
                "Volantino; CISL; 2026-11-30\nSala riunioni; CPI; 2027-01-15");
        var recorded = partners.recordMeeting(cm, union.id(), form).orThrow();
        assertThat(recorded.today()).as("the service's day").isEqualTo(LocalDate.now(CLOCK));
        var meetings = recorded.meetings();
        assertThat(meetings).singleElement().satisfies(m -> assertThat(m.followUps()).hasSize(2));
        String overdue = meetings.get(0).followUps().get(0).id();
        assertThat(meetings.get(0).followUps().get(0).overdue(LocalDate.now(CLOCK))).isTrue();
        var after = partners.completeFollowUp(cm, union.id(), overdue).orThrow().meetings();
        assertThat(after.get(0).followUps().get(0).doneOn()).isEqualTo(LocalDate.now(CLOCK));
        assertThat(refusal(partners.completeFollowUp(cm, union.id(), overdue))).contains("done already");
        Partner other = partners.add(cm, "Scuola Manzoni", PartnerKind.SCHOOL, "015").orThrow();
        assertThat(refusal(partners.completeFollowUp(cm, other.id(), meetings.get(0).followUps().get(1).id())))
                .as("a follow-up of another partner's meeting").startsWith("OPES-SRV-009");
        assertThat(refusal(partners.recordMeeting(cm, union.id(), new org.openpes.services.meetings.MeetingForm(
                "2026-11-20", "", "x", "", "")))).contains("'attendees'");
        assertThat(refusal(partners.meetings(callers.operatorOfBergamo(), union.id()))).startsWith("OPES-SRV-008");
        assertThat(partners.meetings(cm, union.id()).orThrow().meetings()).hasSize(1);
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select string_agg(actor || ' ' || action || ' ' || subject, E'\\n') "
                        + "from audit_record")) {
            rs.next();
            assertThat(rs.getString(1)).contains("cm-milano CREATE meeting:" + meetings.get(0).id() + " partner:"
                    + union.id()).contains("cm-milano UPDATE follow-up:" + overdue);
        }
    }

    @Test
    void aReferralIsAServiceWhoseOutcomesAreMeasuredByKindOfPartner() {
        var cm = callers.caseManagerOfMilano();
        Person anna = register("FRRNNA", "Anna", "Ferrari");
        Partner coop = partners.add(cm, "Cooperativa Arcobaleno", PartnerKind.SOCIAL_COOPERATIVE, "015").orThrow();
        partners.refer(cm, anna.id(), coop.id(), "inserimento lavorativo (tipo B)").orThrow();
        var served = database.store.inTransaction("test", tx -> tx.firstServed(
                org.openpes.services.outcomes.Service.parse("referral:social_cooperative")));
        assertThat(served).containsEntry(anna.id(), LocalDate.now(CLOCK));
        var schools = database.store.inTransaction("test", tx -> tx.firstServed(
                org.openpes.services.outcomes.Service.parse("referral:SCHOOL")));
        assertThat(schools).doesNotContainKey(anna.id());
        java.util.Map<org.openpes.services.people.PersonId, LocalDate> all = database.store.inTransaction("test",
                tx -> tx.firstServed(org.openpes.services.outcomes.Service.parse("referral")));
        assertThat(all).containsKey(anna.id());
    }
}
