package org.openpes.services.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** L. 68/1999 art. 3: the quota by headcount, at the band edges. */
class ProtectedQuotaTest {
    @Test
    void theQuotaFollowsTheLawsBands() {
        assertThat(ProtectedQuota.of(14)).isZero();
        assertThat(ProtectedQuota.of(15)).isEqualTo(1);
        assertThat(ProtectedQuota.of(35)).isEqualTo(1);
        assertThat(ProtectedQuota.of(36)).isEqualTo(2);
        assertThat(ProtectedQuota.of(50)).isEqualTo(2);
        assertThat(ProtectedQuota.of(51)).isEqualTo(3);
        assertThat(ProtectedQuota.of(200)).isEqualTo(14);
    }

    @Test
    void aNextStepIsOverdueOnlyWhenOpenAndPastItsDay() {
        LocalDate visit = LocalDate.of(2026, 11, 2);
        Interaction call = new Interaction("I1", "01047290018", InteractionKind.VISIT, visit, "needs two welders",
                "send CVs", visit.plusDays(7), false, "U1");
        assertThat(call.overdue(visit.plusDays(8))).isTrue();
        assertThat(call.overdue(visit.plusDays(7))).isFalse();
        assertThat(new Interaction("I2", "01047290018", InteractionKind.CALL, visit, "no needs", null, null, false,
                "U1").overdue(visit.plusDays(100))).isFalse();
    }

    @Test
    void aSoleTradersCodeIsShownCut() {
        EmployerAccount trader = new EmployerAccount("E1", "RSSMRA80A01F205X", "47.11.00", "G", "015146", "0-9",
                null, 0);
        assertThat(trader.soleTrader()).isTrue();
        assertThat(trader.displayCode()).isEqualTo("RSSMRA…").doesNotContain("80A01");
        assertThat(new EmployerAccount("E2", "01047290018", "47.11.00", "G", "015146", "0-9", null, 0)
                .displayCode()).isEqualTo("01047290018");
    }
}
