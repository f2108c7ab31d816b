package org.openpes.operational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openpes.core.io.TempDirectories;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;

/**
 * The embedded PostgreSQL holds personal records: it must keep what it committed through a crash, let in only who
 * has its secret, and start again after the process that started it was killed.
 */
class DurableEmbeddedPostgresTest {

    @Test
    void aCommittedRecordIsThereAfterTheProcessAndThePostmasterAreKilled() throws Exception {
        Path dir = TempDirectories.create("openpes-pg-crash");
        Process child = openInAnotherProcess(dir); // committed a row, then said "ready"
        killPostmaster(dir); // every server process at once, as a power cut would
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);

        try (OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(dir));
                Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThat(setting(st, "fsync")).isEqualTo("on");
            assertThat(setting(st, "synchronous_commit")).isEqualTo("on");
            try (ResultSet rs = st.executeQuery("select count(*) from probe.committed")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void onlyAConnectionWithTheSecretGetsInAndTheSecretIsTheOwnersAlone() throws Exception {
        Path dir = TempDirectories.create("openpes-pg-auth");
        try (OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(dir))) {
            int port = port(db);
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                    + "/postgres", "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                    + "/postgres", "postgres", "guess")).hasMessageContaining("password authentication failed");
            Path secret = dir.resolve("openpes.secret");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)\\btrust\\s*$");
        }
    }

    @Test
    void aClusterOfAnEarlierVersionWithTrustIsGivenAPasswordOnItsFirstStart() throws Exception {
        Path dir = TempDirectories.create("openpes-pg-trust");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .start(); Connection c = old.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("create schema legacy");
            st.execute("create table legacy.kept (id int)");
            st.execute("insert into legacy.kept values (42)");
        }
        try (OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(dir));
                Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id from legacy.kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
            int port = port(db);
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                    + "/postgres", "postgres", "")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aPostmasterLeftRunningByAKilledProcessIsStoppedAndTheNextStartWorks() throws Exception {
        Path dir = TempDirectories.create("openpes-pg-orphan");
        Process child = openInAnotherProcess(dir);
        child.destroyForcibly(); // kill -9: its postmaster goes on running
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(dir.resolve("postmaster.pid")).exists();

        try (OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(dir));
                Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from probe.committed")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /** Opens the database in the given directory, writes one row, says "ready" and waits to be killed. */
    public static final class OpenAndWait {
        public static void main(String[] args) throws Exception {
            OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(Path.of(args[0])));
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("create schema probe");
                st.execute("create table probe.committed (id int)");
                st.execute("insert into probe.committed values (1)"); // autocommit: committed on return
            }
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    /** Starts {@link OpenAndWait} on {@code dir} in a new JVM and waits until it has committed its row. */
    private static Process openInAnotherProcess(Path dir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenAndWait.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            // the child's start-up output
        }
        assertThat(line).as("the child opened the database and committed").isEqualTo("ready");
        return child;
    }

    private static String setting(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int port(OperationalDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("show port")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Kills the postmaster of {@code dir} and all its server processes with SIGKILL. */
    private static void killPostmaster(Path dir) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
    }
}
