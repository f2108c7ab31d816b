package org.openpes.services.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.operational.audit.AuditTrail;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.reference.ReferenceData;
import org.openpes.services.patto.ActionEvent;
import org.openpes.services.access.Caller;
import org.openpes.services.patto.ActionKind;
import org.openpes.services.patto.Patto;
import org.openpes.services.patto.PattoAction;
import org.openpes.services.patto.PattoEvent;
import org.openpes.services.patto.PattoFixture;
import org.openpes.services.patto.PattoState;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonRegistration;
import org.openpes.services.pg.PgServicesStore;
import org.openpes.services.workflow.Outcome;

/**
 * The application services on the real PostgreSQL: a case manager of Milano registers Maria, drafts her patto, signs
 * it once it is complete, plans actions; the scope, the permissions, the versions and the audit hold throughout.
 */
class PattoServiceTest {
    static final ReferenceData REF = ReferenceData.load();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static TestDatabase database;
    static OperationalDatabase db;
    static PeopleService people;
    static PattoService patti;
    static CaseloadService caseloads;
    static Callers callers = new Callers(REF);

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.start("openpes-pg-services", 8);
        db = database.db;
        PgServicesStore store = database.store;
        Places places = new Places(REF);
        people = new PeopleService(store, REF, places, CLOCK);
        patti = new PattoService(store, places, CLOCK);
        caseloads = new CaseloadService(store, places, CLOCK);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static String code(String letters, int year) {
        return FiscalCode.compose(letters, LocalDate.of(year, 5, 10), Sex.F, "F205").value();
    }

    private static Person register(String letters, String family, String didDate) {
        return people.register(callers.caseManagerOfMilano(), new PersonRegistration(code(letters, 1990), "Maria",
                family, "IT", "015146", "3", didDate)).orThrow();
    }

    private static String refusalCode(Outcome<?> out) {
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) out).refusal().code().code();
    }

    @Test
    void registrationIsRefusedTwiceOutsideTheCaptureScopeAndToARoleWithoutThePermission() {
        Person maria = register("RSSMRA", "Rossi", "2026-11-30");
        assertThat(refusalCode(people.register(callers.caseManagerOfMilano(), new PersonRegistration(
                code("RSSMRA", 1990), "Maria", "Rossi", "IT", "015146", "3", "2026-11-30")))).isEqualTo("OPES-SRV-003");
        assertThat(refusalCode(people.register(callers.operatorOfBergamo(), new PersonRegistration(
                code("BNCLRA", 1991), "Laura", "Bianchi", "IT", "015146", "3", "2026-11-30"))))
                .isEqualTo("OPES-SRV-008");
        assertThat(refusalCode(people.read(callers.administrator(), maria.id(), "curiosity")))
                .isEqualTo("OPES-SRV-007");
        assertThat(refusalCode(people.read(callers.operatorOfBergamo(), maria.id(), "look-up")))
                .isEqualTo("OPES-SRV-008");
        assertThat(people.read(callers.supervisorOfLombardy(), maria.id(), "check").orThrow().familyName())
                .isEqualTo("Rossi");
        assertThat(people.findByFiscalCode(callers.caseManagerOfMilano(), code("RSSMRA", 1990), "desk").orThrow())
                .contains(maria);
        assertThat(people.findByFiscalCode(callers.operatorOfBergamo(), code("RSSMRA", 1990), "desk").orThrow())
                .as("outside the search scope: not found").isEmpty();
        assertThat(people.searchByFamilyName(callers.caseManagerOfMilano(), "ros", 10, "desk").orThrow())
                .extracting(Person::id).contains(maria.id());
        assertThat(people.searchByFamilyName(callers.operatorOfBergamo(), "ros", 10, "desk").orThrow()).isEmpty();
    }

    @Test
    void aPattoIsDraftedSignedWhenCompleteActivatedAndItsActionsFollowed() throws Exception {
        Person anna = register("VRDNNA", "Verdi", "2026-11-02");
        var cm = callers.caseManagerOfMilano();
        Patto draft = patti.draft(cm, anna.id()).orThrow();
        assertThat(refusalCode(patti.move(cm, draft.id(), draft.version(), PattoEvent.SIGN, "signed")))
                .isEqualTo("OPES-SRV-002");
        Patto complete = patti.revise(cm, draft.id(), draft.version(), PattoFixture.complete(cm.userId()),
                "interview held").orThrow();
        Patto signed = patti.move(cm, draft.id(), complete.version(), PattoEvent.SIGN, "signed by both").orThrow();
        Patto active = patti.move(cm, draft.id(), signed.version(), PattoEvent.ACTIVATE, "started").orThrow();
        assertThat(active.state()).isEqualTo(PattoState.ACTIVE);

        PattoAction workshop = patti.addAction(cm, draft.id(), ActionKind.LEP_BASIC_ORIENTATION, "CV workshop",
                LocalDate.of(2026, 11, 30), "person").orThrow();
        patti.addAction(cm, draft.id(), ActionKind.GOL_UPSKILLING_COURSE, "Excel course", LocalDate.of(2027, 1, 31),
                "partner:enaip").orThrow();
        PattoAction started = patti.moveAction(cm, workshop.id(), 1, ActionEvent.START, "enrolled").orThrow();
        assertThat(refusalCode(patti.moveAction(cm, workshop.id(), 1, ActionEvent.COMPLETE, "done")))
                .as("made on the old version").isEqualTo("OPES-SRV-005");

        var view = patti.read(callers.supervisorOfLombardy(), draft.id()).orThrow();
        assertThat(view.patto().revisions()).extracting(Patto.Revision::state).containsExactly(PattoState.DRAFT,
                PattoState.DRAFT, PattoState.SIGNED, PattoState.ACTIVE);
        assertThat(view.actions()).hasSize(2);

        var caseload = caseloads.of(cm).orThrow();
        assertThat(caseload.patti()).filteredOn(e -> e.pattoId().equals(draft.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.actions()).isEqualTo(2);
                    assertThat(e.done()).isZero();
                    assertThat(e.nextLabel()).isEqualTo("CV workshop"); // due 2026-11-30, before the course
                    assertThat(e.nextDue()).isEqualTo(LocalDate.of(2026, 11, 30));
                });
        assertThat(caseload.overdue().oldest()).extracting(PattoAction::id).containsExactly(started.id());
        assertThat(caseload.overdue().count()).isEqualTo(1);
        assertThat(refusalCode(patti.move(callers.operatorOfBergamo(), draft.id(), active.version(),
                PattoEvent.SUSPEND, "illness"))).isEqualTo("OPES-SRV-007");
    }

    @Test
    void theCaseloadListsItsCpisPeopleStillWithoutAPattoThirtyDaysAfterTheirDidOldestFirst() {
        Person lucia = register("GLLLCU", "Galli", "2026-10-01");
        Person carla = register("FRRCRL", "Ferri", "2026-09-15");
        Person recent = register("MRTSRA", "Moretti", "2026-11-20"); // DID 17 days ago: not waiting yet
        Person served = register("CNTLSA", "Conti", "2026-10-05");
        var cm = callers.caseManagerOfMilano();
        patti.draft(cm, served.id()).orThrow();
        Person elsewhere = people.register(callers.operatorOfBergamo(), new PersonRegistration(code("BRBGNN", 1988),
                "Gianna", "Barbieri", "IT", "016024", "3", "2026-09-01")).orThrow();

        List<String> waiting = caseloads.of(cm).orThrow().waiting().stream().map(p -> p.id().value()).toList();
        assertThat(waiting).containsSubsequence(carla.id().value(), lucia.id().value())
                .doesNotContain(recent.id().value(), served.id().value(), elsewhere.id().value());
    }

    @Test
    void twoCaseManagersRevisingTheSamePattoAtOnceCannotLoseEachOthersChange() throws Exception {
        Person luca = register("BLULCU", "Blu", "2026-11-03");
        var first = callers.caseManagerOfMilano();
        var second = callers.secondCaseManagerOfMilano();
        Patto draft = patti.draft(first, luca.id()).orThrow();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Outcome<Patto>>> results = new ArrayList<>();
        for (var who : List.of(first, second)) {
            results.add(two.submit(() -> {
                together.await();
                return patti.revise(who, draft.id(), draft.version(), PattoFixture.complete(who.userId()),
                        "my version");
            }));
        }
        int done = 0;
        int conflicts = 0;
        for (Future<Outcome<Patto>> r : results) {
            Outcome<Patto> out = r.get();
            if (out.isDone()) {
                done++;
            } else {
                assertThat(refusalCode(out)).isEqualTo("OPES-SRV-005");
                conflicts++;
            }
        }
        two.shutdown();
        assertThat(done).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        assertThat(patti.read(first, draft.id()).orThrow().patto().version()).isEqualTo(2);
    }

    @Test
    void aSupervisorMovesAPersonToAnotherCpiWithAReasonAndTheOldCpiLosesHer() throws Exception {
        Person sara = register("BNCSRA", "Bianco", "2026-11-06");
        String bergamo = callers.cpiOf("016024");
        assertThat(refusalCode(people.transfer(callers.caseManagerOfMilano(), sara.id(), 0, bergamo, "moved")))
                .isEqualTo("OPES-SRV-007");
        assertThat(refusalCode(people.transfer(callers.supervisorOfLombardy(), sara.id(), 0, bergamo, " ")))
                .isEqualTo("OPES-SRV-006");
        Person moved = people.transfer(callers.supervisorOfLombardy(), sara.id(), 0, bergamo,
                "moved her domicile to Bergamo").orThrow();
        assertThat(moved.ownerCpi()).isEqualTo(bergamo);
        assertThat(moved.version()).isEqualTo(1);
        assertThat(refusalCode(people.transfer(callers.supervisorOfLombardy(), sara.id(), 0, bergamo, "again")))
                .isEqualTo("OPES-SRV-005");
        assertThat(refusalCode(patti.draft(callers.caseManagerOfMilano(), sara.id()))).isEqualTo("OPES-SRV-008");
        assertThat(people.read(callers.operatorOfBergamo(), sara.id(), "her new CPI").orThrow().id())
                .isEqualTo(sara.id());
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select from_cpi, to_cpi, reason, actor from person_transfer "
                        + "where seeker_id = '" + sara.id() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(callers.cpiOf("015146"));
            assertThat(rs.getString(2)).isEqualTo(bergamo);
            assertThat(rs.getString(3)).isEqualTo("moved her domicile to Bergamo");
            assertThat(rs.getString(4)).isEqualTo("sup-lombardia");
        }
    }

    @Test
    void useCasesGoOnWhenTheDatabaseDropsEveryConnection() throws Exception {
        Person before = register("RSSLCA", "Russo", "2026-11-05");
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            // what the pool sees of a PostgreSQL restart: every other connection is cut
            st.execute("select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() "
                    + "and datname = current_database()");
        }
        assertThat(people.read(callers.supervisorOfLombardy(), before.id(), "after the cut").orThrow().familyName())
                .isEqualTo("Russo");
        Patto p = patti.draft(callers.caseManagerOfMilano(), before.id()).orThrow();
        assertThat(patti.read(callers.caseManagerOfMilano(), p.id()).orThrow().patto().state())
                .isEqualTo(PattoState.DRAFT);
    }

    @Test
    void everyReadAndSearchIsAuditedWithoutPersonalDataAndTheChainHolds() throws Exception {
        Person gino = register("GNIGNO", "Neri", "2026-11-04");
        people.read(callers.supervisorOfLombardy(), gino.id(), "check");
        people.findByFiscalCode(callers.caseManagerOfMilano(), gino.fiscalCode().value(), "desk");
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select string_agg(actor || ' ' || action || ' ' || subject || ' '"
                        + " || purpose, E'\\n') from audit_record")) {
            rs.next();
            String all = rs.getString(1);
            assertThat(all).contains("sup-lombardia READ person:" + gino.id() + " check")
                    .contains("cm-milano SEARCH person:" + gino.id() + " desk (by fiscal code)")
                    .contains("cm-milano CREATE person:" + gino.id() + " registration")
                    .doesNotContain(gino.fiscalCode().value()).doesNotContain("Neri");
        }
        assertThat(AuditTrail.verify(db.dataSource()).intact()).isTrue();
    }

    @Test
    void theGroupAssessmentOfACrisisCasePutsItsWorkersOnPathFiveOnceAndOnlyInTheCallersTerritory() {
        Caller cm = callers.caseManagerOfMilano();
        Person withPatto = register("GRPUNO", "Galli", "2026-10-01");
        Person without = register("GRPDUE", "Greco", "2026-10-01");
        Patto open = patti.draft(cm, withPatto.id()).orThrow();
        Person elsewhere = people.register(callers.operatorOfBergamo(), new PersonRegistration(
                FiscalCode.compose("GRPTRE", LocalDate.of(1980, 5, 5), Sex.M, "A794").value(), "Ugo", "Gatti", "IT",
                "016024", "3", "2026-10-01")).orThrow();
        Caller unit = new Caller("crisis-milano", org.openpes.services.access.Role.CRISIS_UNIT,
                org.openpes.services.access.Scope.parse("province:015"),
                org.openpes.services.access.Scope.parse("region:03"), "127.0.0.1");
        var workers = java.util.List.of(withPatto.id(), without.id(), elsewhere.id());
        PattoService.GroupAssessment first = patti.assessGroup(unit, "K1", workers).orThrow();
        assertThat(first).isEqualTo(new PattoService.GroupAssessment(1, 2, 0, 1));
        assertThat(patti.assessGroup(unit, "K1", workers).orThrow())
                .as("a second run adds nothing").isEqualTo(new PattoService.GroupAssessment(0, 0, 2, 1));
        var viewOpen = patti.read(cm, open.id()).orThrow();
        assertThat(viewOpen.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.GOL_OUTPLACEMENT);
            assertThat(a.label()).contains("K1");
        });
        var drafted = patti.ofPerson(cm, without.id()).orThrow();
        assertThat(drafted).singleElement().satisfies(v -> {
            assertThat(v.patto().state()).isEqualTo(org.openpes.services.patto.PattoState.DRAFT);
            assertThat(v.patto().content().golPath()).isEqualTo(org.openpes.services.patto.GolPath
                    .RICOLLOCAZIONE_COLLETTIVA);
            assertThat(v.actions()).extracting(a -> a.kind()).containsExactly(ActionKind.GOL_OUTPLACEMENT);
        });
        assertThat(refusalCode(patti.assessGroup(callers.operatorOfBergamo(), "K1", workers)))
                .isEqualTo("OPES-SRV-007");
    }
}
