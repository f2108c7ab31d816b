package org.openpes.operational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.core.io.TempDirectories;
import org.openpes.operational.audit.AuditAction;
import org.openpes.operational.audit.AuditEntry;
import org.openpes.operational.audit.AuditTrail;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;

/** The audit trail is chained and guarded by the database; `audit verify` finds the first broken link. */
class AuditTrailTest {
    static OperationalDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = OperationalDatabase.open(DatabaseSettings.embedded(TempDirectories.create("openpes-pg-audit")));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    /** An operator reads a job seeker's record, in a committed transaction of its own. */
    private static void operatorReads(String operator, String seeker) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            AuditTrail.append(c, new AuditEntry(operator, AuditAction.READ, "job_seeker:" + seeker, "127.0.0.1",
                    "caseload"));
            c.commit();
        }
    }

    @Test
    void recordsWrittenAtOnceByManyOperatorsFormOneIntactChainThatRefusesChanges() throws Exception {
        ExecutorService four = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            done.add(four.submit(() -> {
                operatorReads("operator-" + n % 4, String.format("S%08d", n));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        four.shutdown();
        AuditTrail.Verification v = AuditTrail.verify(db.dataSource());
        assertThat(v.intact()).as(v.reason()).isTrue();
        assertThat(v.records()).isGreaterThanOrEqualTo(200);

        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("update audit_record set seq = seq + 1000"))
                    .hasMessageContaining("OPES-AUD-001");
            assertThatThrownBy(() -> st.execute("update audit_record set actor = 'someone else'"))
                    .hasMessageContaining("OPES-AUD-001");
            assertThatThrownBy(() -> st.execute("delete from audit_record"))
                    .hasMessageContaining("OPES-AUD-001");
            assertThatThrownBy(() -> st.execute("truncate audit_record"))
                    .hasMessageContaining("OPES-AUD-001");
        }
    }

    @Test
    void aRecordChangedOrRemovedBehindTheTriggersBackIsTheFirstBrokenLink() throws Exception {
        OperationalDatabase shared = db;
        db = OperationalDatabase.open(DatabaseSettings.embedded(TempDirectories.create("openpes-pg-tamper")));
        try {
            tamperAndVerify();
        } finally {
            db.close();
            db = shared;
        }
    }

    private void tamperAndVerify() throws Exception {
        for (int i = 0; i < 5; i++) {
            operatorReads("operator-x", "S9999999" + i);
        }
        assertThat(AuditTrail.chainPending(db.dataSource())).isEqualTo(5);
        long target;
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            var rs = st.executeQuery("select max(seq) - 2 from audit_record");
            rs.next();
            target = rs.getLong(1);
            // a superuser tampering with the table: the triggers off, one record's subject rewritten
            st.execute("alter table audit_record disable trigger audit_no_update");
            st.execute("update audit_record set subject = 'job_seeker:S00000000' where seq = " + target);
            st.execute("alter table audit_record enable trigger audit_no_update");
        }
        AuditTrail.Verification changed = AuditTrail.verify(db.dataSource());
        assertThat(changed.firstBrokenSeq()).contains(target);
        assertThat(changed.reason()).contains("content does not match its hash");

        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("alter table audit_record disable trigger audit_no_update");
            st.execute("delete from audit_record where seq >= " + target + " and seq < " + (target + 2));
            st.execute("alter table audit_record enable trigger audit_no_update");
        }
        AuditTrail.Verification removed = AuditTrail.verify(db.dataSource());
        assertThat(removed.firstBrokenSeq()).contains(target + 2);
        assertThat(removed.reason()).contains("previous hash");
    }

    @Test
    void personalDataIsNotWrittenWithoutAnActorInContext() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("delete from job_seeker where seeker_id = 'S00000001'"))
                    .hasMessageContaining("OPES-AUD-002").hasMessageContaining("job_seeker");
            assertThatThrownBy(() -> st.execute("update employer set size_class = '0-9'"))
                    .hasMessageContaining("OPES-AUD-002");
        }
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            AuditTrail.actInTransaction(c, "operator-1");
            try (Statement st = c.createStatement()) {
                st.execute("delete from job_seeker where seeker_id = 'S00000001'"); // allowed: an actor is named
            }
            c.rollback();
        }
    }
}
