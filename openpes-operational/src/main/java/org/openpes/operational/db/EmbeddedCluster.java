package org.openpes.operational.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Starts the embedded PostgreSQL so that it can hold personal records: durable ({@code fsync} and
 * {@code synchronous_commit} on, so that a committed record survives a crash), reachable only with a password (SCRAM;
 * the secret is generated on first start and kept in {@code openpes.secret} inside the data directory, readable by
 * its owner only), and restartable after a process was killed (a postmaster left running by it is shut down cleanly
 * first). A data directory made by an earlier version with {@code trust} authentication is given a password on its
 * first start.
 */
final class EmbeddedCluster {
    static final String SECRET_FILE = "openpes.secret";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private EmbeddedCluster() {
    }

    /** The started cluster and the password of its {@code postgres} role. */
    record Started(EmbeddedPostgres postgres, String password) {
        /** Connections to its {@code postgres} database, with the password. */
        javax.sql.DataSource dataSource() {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
            ds.setUser("postgres");
            ds.setPassword(password);
            return ds;
        }
    }

    static Started start(Path dataDir) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        stopLeftoverPostmaster(dataDir);
        Path secretFile = dataDir.resolve(SECRET_FILE);
        boolean initialised = Files.exists(dataDir.resolve("postgresql.conf"));
        if (initialised && Files.exists(secretFile)) {
            String secret = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
            return new Started(durable(dataDir).setConnectConfig("password", secret).start(), secret);
        }
        String secret = newSecret();
        if (initialised) {
            return giveAPassword(dataDir, secret);
        }
        Path pwfile = Files.createTempFile("openpes-pw", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(pwfile, secret + "\n");
            EmbeddedPostgres pg = durable(dataDir)
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("pwfile", pwfile.toString())
                    .setDataDirectoryCustomizer(dir -> keep(secretFile, secret))
                    .setConnectConfig("password", secret)
                    .start();
            return new Started(pg, secret);
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    private static EmbeddedPostgres.Builder durable(Path dataDir) {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost");
    }

    /** An earlier version's cluster, open to any local process: given a password, then closed to others. */
    private static Started giveAPassword(Path dataDir, String secret) throws IOException, SQLException {
        EmbeddedPostgres pg = durable(dataDir).start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("set password_encryption = 'scram-sha-256'");
            st.execute("alter role postgres password '" + secret + "'"); // a secret of base64url characters only
            Path hba = dataDir.resolve("pg_hba.conf");
            Files.writeString(hba, Files.readString(hba).replaceAll("(?m)\\btrust\\s*$", "scram-sha-256"));
            keep(dataDir.resolve(SECRET_FILE), secret);
            st.execute("select pg_reload_conf()");
        }
        return new Started(pg, secret);
    }

    private static void keep(Path secretFile, String secret) {
        try {
            Files.writeString(secretFile, secret + "\n");
            Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A postmaster still running on this data directory (its process was killed before it could stop it): asked for
     * a fast shutdown (SIGINT: transactions in flight roll back, committed ones are on disk), and waited for.
     */
    static void stopLeftoverPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile).stream().findFirst()
                .filter(s -> s.strip().matches("\\d+")).flatMap(s -> ProcessHandle.of(Long.parseLong(s.strip())))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return; // a stale file: PostgreSQL starts over it
        }
        ProcessHandle p = postmaster.get();
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
            p.onExit().get(SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the postmaster left running", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the postmaster left running (pid " + p.pid() + ") did not stop in "
                    + SHUTDOWN_WAIT.toSeconds() + " s", e);
        }
    }
}
