package org.openpes.services.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.core.io.TempDirectories;
import org.openpes.operational.audit.AuditTrail;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.reference.ReferenceData;
import org.openpes.services.patto.ActionKind;
import org.openpes.services.pg.PgServicesStore;
import org.openpes.services.pg.Pool;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonRegistration;

/**
 * The two failures an operational database must survive, on the real embedded PostgreSQL: PostgreSQL restarting
 * under an open pool, and the application killed (kill -9) in the middle of its use cases.
 */
class DurabilityTest {
    static final ReferenceData REF = ReferenceData.load();

    private static PersonRegistration registration(String letters, int n) {
        String code = FiscalCode.compose(letters, LocalDate.of(1960, 1, 1).plusDays(n), Sex.M, "F205").value();
        return new PersonRegistration(code, "Marco", "Kill" + letters(n), "IT", "015146", "3", "2026-11-30");
    }

    /** {@code n} written in letters (1 = b, 26 = ba): family names hold no digits. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int v = n; v > 0; v /= 26) {
            s.insert(0, (char) ('a' + v % 26));
        }
        return s.toString();
    }

    @Test
    void theNextUseCaseWorksAfterPostgresRestarts() throws Exception {
        Path dir = TempDirectories.create("openpes-pg-restart");
        Callers callers = new Callers(REF);
        try (OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(dir));
                com.zaxxer.hikari.HikariDataSource pool = Pool.over(db.dataSource(), 4)) {
            PeopleService people = new PeopleService(new PgServicesStore(pool), REF, new Places(REF),
                    Clock.systemUTC());
            people.register(callers.caseManagerOfMilano(), registration("RSTRTA", 1)).orThrow();
            long before = postmaster(dir);
            restart(dir);
            assertThat(postmaster(dir)).as("a new postmaster").isNotEqualTo(before);
            Person after = people.register(callers.caseManagerOfMilano(), registration("RSTRTA", 2)).orThrow();
            assertThat(people.read(callers.caseManagerOfMilano(), after.id(), "check").orThrow().familyName())
                    .isEqualTo("Kill" + letters(2));
        }
    }

    @Test
    void anApplicationKilledInTheMiddleOfItsUseCasesLeavesNoHalfWrittenRecord() throws Exception {
        Path dir = TempDirectories.create("openpes-pg-kill");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Busy.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        int done = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (done < 15 && (line = out.readLine()) != null) {
                if (line.startsWith("done ")) {
                    done = Integer.parseInt(line.substring(5));
                }
            }
            child.destroyForcibly(); // kill -9, while the next use cases run
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(done).as("the child committed use cases before it was killed").isEqualTo(15);
        try (OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(dir));
                Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThat(count(st, "select count(*) from job_seeker")).isGreaterThanOrEqualTo(15);
            assertThat(count(st, "select count(*) from job_seeker s where not exists (select 1 from audit_record a "
                    + "where a.action = 'CREATE' and a.subject = 'person:' || s.seeker_id)"))
                    .as("every person registered has the audit record of the registration").isZero();
            assertThat(count(st, "select count(*) from job_seeker s where not exists (select 1 from patto p "
                    + "where p.seeker_id = s.seeker_id)")).as("each use case drafted a patto with the person")
                    .isLessThanOrEqualTo(1);
            assertThat(count(st, "select count(*) from patto p where not exists (select 1 from patto_revision r "
                    + "where r.patto_id = p.patto_id and r.version = p.version)"))
                    .as("no patto without the revision of its version").isZero();
            assertThat(count(st, "select count(*) from patto_action a where not exists (select 1 from patto p "
                    + "where p.patto_id = a.patto_id)")).isZero();
            AuditTrail.chainPending(db.dataSource());
            assertThat(AuditTrail.verify(db.dataSource()).intact()).isTrue();
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long postmaster(Path dir) throws Exception {
        return Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip());
    }

    /**
     * Restarts the cluster of {@code dir} as an administrator would, with its own pg_ctl and the options it was
     * started with: a fast shutdown (the sessions are cut), then a start. As root, through a user namespace, as the
     * embedded cluster itself does (pg_ctl refuses to run as root).
     */
    private static void restart(Path dir) throws Exception {
        Path postgres = Path.of(ProcessHandle.of(postmaster(dir)).orElseThrow().info().command().orElseThrow());
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                postgres.resolveSibling("pg_ctl").toString(), "restart", "-D", dir.toString(), "-m", "fast", "-w",
                "-l", dir.resolve("restart.log").toString()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(0, java.util.List.of("unshare", "-U"));
        }
        Path said = dir.resolve("pg_ctl.out"); // a file: the new server would hold a pipe open for ever
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(said.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("pg_ctl restart: %s", Files.readString(said)).isZero();
    }

    /**
     * The application to kill: in a loop, one use case registers a person, one drafts their patto, one adds an
     * action; it prints "done N" after each person's three use cases.
     */
    public static final class Busy {
        public static void main(String[] args) throws Exception {
            OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(Path.of(args[0])));
            com.zaxxer.hikari.HikariDataSource pool = Pool.over(db.dataSource(), 4);
            PgServicesStore store = new PgServicesStore(pool);
            Places places = new Places(REF);
            Clock clock = Clock.systemUTC();
            PeopleService people = new PeopleService(store, REF, places, clock);
            PattoService patti = new PattoService(store, places, clock);
            Callers callers = new Callers(REF);
            for (int n = 1; n < 100_000; n++) {
                Person p = people.register(callers.caseManagerOfMilano(), registration("KLLMRC", n)).orThrow();
                var patto = patti.draft(callers.caseManagerOfMilano(), p.id()).orThrow();
                patti.addAction(callers.caseManagerOfMilano(), patto.id(), ActionKind.LEP_BASIC_ORIENTATION,
                        "Orientamento di base", LocalDate.of(2027, 1, 15), "person").orThrow();
                System.out.println("done " + n);
                System.out.flush();
            }
        }
    }
}
