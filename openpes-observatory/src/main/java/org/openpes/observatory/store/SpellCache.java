package org.openpes.observatory.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The spell table of a store, built once and kept in a DuckDB file, {@code spells/spells-FINGERPRINT.duckdb}, next to
 * the batches. The fingerprint is a hash of the committed batch ids and of the definitions the table is built with
 * (the SQL and the reference look-ups), so a new batch, a removed batch or a changed rule gives a new file, and an
 * unchanged store opens in a second instead of rebuilding its spells.
 *
 * <p>The file is written under a temporary name and renamed when complete, so a run killed while building leaves no
 * file that could be taken for a finished one; the next open builds it again. Files of other fingerprints are deleted
 * once a new one is complete; leftovers of killed builds after a day. A store that cannot be written (a read-only
 * copy) gets its spells built in memory at every open, as before this cache.
 */
final class SpellCache {
    static final String DIR = "spells";
    private static final Duration LEFTOVER_AGE = Duration.ofDays(1);

    private SpellCache() {
    }

    /** How the spell table is built into a schema: {@code prefix} is {@code "build."} or empty (in memory). */
    interface Builder {
        void build(Statement st, String prefix) throws SQLException;
    }

    /**
     * Makes {@code spell_ends} and {@code observation} readable on this connection: from the store's cached file when
     * it matches, else built (and cached when the store is writable), after {@code beforeBuild} has run.
     */
    static void attach(Connection c, Path store, List<String> definitions, Builder builder, Runnable beforeBuild)
            throws SQLException {
        Path dir = store.resolve(DIR);
        String fingerprint = fingerprint(store.resolve("batches"), definitions);
        Path file = dir.resolve("spells-" + fingerprint + ".duckdb");
        if (Files.isRegularFile(file)) {
            try {
                attachFile(c, file);
                return;
            } catch (SQLException damaged) {
                // not a readable spell file (damaged, or written by something else): built again below
                execute(c, "detach database if exists spell_cache");
                deleteQuietly(file);
            }
        }
        beforeBuild.run();
        if (!writable(dir)) {
            try (Statement st = c.createStatement()) {
                builder.build(st, "");
            }
            return;
        }
        Path part = dir.resolve(".building-" + fingerprint + "-" + ProcessHandle.current().pid() + ".duckdb");
        deleteQuietly(part);
        execute(c, "set temp_directory = '" + sql(dir.resolve(".tmp")) + "'");
        execute(c, "attach '" + sql(part) + "' as build");
        try (Statement st = c.createStatement()) {
            builder.build(st, "build.");
        }
        execute(c, "checkpoint build");
        execute(c, "detach build");
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new SQLException("cannot keep the spell table in " + file + ": " + e.getMessage(), e);
        }
        removeStale(dir, file);
        attachFile(c, file);
    }

    private static void attachFile(Connection c, Path file) throws SQLException {
        execute(c, "attach '" + sql(file) + "' as spell_cache (read_only)");
        execute(c, "create or replace view spell_ends as select * from spell_cache.spell_ends");
        execute(c, "create or replace view observation as select * from spell_cache.observation");
    }

    /** One statement each: DuckDB's driver closes a statement whose execution failed. */
    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Deletes the kept spell files of a store (and only them), so that the next open builds them. */
    static void forget(Path store) {
        Path dir = store.resolve(DIR);
        if (!Files.isDirectory(store.resolve("batches")) || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if ((name.startsWith("spells-") || name.startsWith(".building-")) && name.endsWith(".duckdb")) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** SHA-256 over the sorted committed batch ids and the definitions, 24 hex digits. */
    static String fingerprint(Path batches, List<String> definitions) {
        try (Stream<Path> s = Files.list(batches)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String id : s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList()) {
                md.update(("batch " + id + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (String d : definitions) {
                md.update(("definition " + d.length() + "\n" + d).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes the spell files of other fingerprints, and what killed builds left more than a day ago. */
    private static void removeStale(Path dir, Path keep) {
        Instant old = Instant.now().minus(LEFTOVER_AGE);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                boolean otherSpells = name.startsWith("spells-") && !p.equals(keep);
                boolean leftover = name.startsWith(".building-")
                        && Files.getLastModifiedTime(p).toInstant().isBefore(old);
                if (otherSpells || leftover) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // only tidiness is lost: the next complete build tries again
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(Path.of(p + ".wal"));
        } catch (IOException e) {
            // the same: a stale file takes space but is never read
        }
    }

    private static String sql(Path p) {
        return p.toString().replace("'", "''");
    }
}
