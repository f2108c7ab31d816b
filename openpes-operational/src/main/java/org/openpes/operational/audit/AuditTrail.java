package org.openpes.operational.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Writes to and checks the audit trail ({@code audit_record}, migration V2). A record is appended in the caller's
 * transaction, so that it commits or rolls back with the change it describes, without a lock; {@link #chainPending}
 * then chains the records of finished transactions (each record's hash covers the previous record's hash and its own
 * content). The database refuses any other update, any delete or truncation.
 */
public final class AuditTrail {
    private static final String APPEND = "insert into audit_record (actor, action, subject, origin, purpose) "
            + "values (?, ?, ?, ?, ?)";
    private static final String RELAXED_APPEND = "insert into audit_record (actor, action, subject, origin, purpose) "
            + "select ?, ?, ?, ?, ? from (select set_config('synchronous_commit', 'off', true)) relaxed";
    private static final String CHAIN = "select a.seq, a.previous_hash, a.hash, audit_content(a) from audit_record a "
            + "where a.seq is not null order by a.seq";

    private AuditTrail() {
    }

    /**
     * Names the actor of the transaction on {@code c} (which must not be in auto-commit): the database refuses a
     * write of personal data without one.
     */
    public static void actInTransaction(Connection c, String actor) throws SQLException {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an actor is required");
        }
        try (PreparedStatement ps = c.prepareStatement("select set_config('openpes.actor', ?, true)")) {
            ps.setString(1, actor);
            ps.execute();
        }
    }

    /** Appends {@code entry} in the transaction of {@code c}, naming its actor for that transaction. */
    public static void append(Connection c, AuditEntry entry) throws SQLException {
        actInTransaction(c, entry.actor());
        appendInActorTransaction(c, entry, false);
    }

    /**
     * Appends {@code entry} in a transaction whose actor {@link #actInTransaction} has set already (a use case's), in
     * one statement. With {@code relaxedCommit} the same statement lets the transaction commit without waiting for
     * the disk: for a transaction that only read, whose audit record may be lost in a crash with nothing else.
     */
    public static void appendInActorTransaction(Connection c, AuditEntry entry, boolean relaxedCommit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(relaxedCommit ? RELAXED_APPEND : APPEND)) {
            ps.setString(1, entry.actor());
            ps.setString(2, entry.action().name());
            ps.setString(3, entry.subject());
            ps.setString(4, entry.origin());
            ps.setString(5, entry.purpose());
            ps.executeUpdate();
        }
    }

    /**
     * Chains the records of the transactions that have finished, in the order they were written; returns how many.
     * The server runs it every half second; {@link #verify} runs it first.
     */
    public static int chainPending(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select audit_chain_pending()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.OPS_001, e.getMessage());
        }
    }

    /** What {@link #verify} found. */
    public record Verification(long records, Optional<Long> firstBrokenSeq, String reason) {
        public boolean intact() {
            return firstBrokenSeq.isEmpty();
        }
    }

    /**
     * Recomputes the chain, record by record, from the first: the first record whose previous hash is not the hash
     * of the record before it, or whose hash does not cover its content, is the first broken link.
     */
    public static Verification verify(DataSource dataSource) {
        chainPending(dataSource);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // lets the driver stream the rows
            try (Statement st = c.createStatement()) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery(CHAIN)) {
                    byte[] last = new byte[0];
                    long n = 0;
                    while (rs.next()) {
                        n++;
                        long seq = rs.getLong(1);
                        byte[] previous = rs.getBytes(2);
                        byte[] hash = rs.getBytes(3);
                        if (!Arrays.equals(previous, last)) {
                            return new Verification(n, Optional.of(seq),
                                    "its previous hash is not the hash of the record before it "
                                            + "(a record was removed, inserted or changed before it)");
                        }
                        sha.reset();
                        sha.update(previous);
                        if (!Arrays.equals(sha.digest(rs.getBytes(4)), hash)) {
                            return new Verification(n, Optional.of(seq), "its content does not match its hash "
                                    + "(the record was changed)");
                        }
                        last = hash;
                    }
                    return new Verification(n, Optional.empty(), "");
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new OpenPesException(e, ErrorCode.OPS_001, e.getMessage());
        }
    }
}
