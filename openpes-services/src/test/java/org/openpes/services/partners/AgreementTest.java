package org.openpes.services.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An agreement's status on a day: in force, due for renewal in its last 90 days, expired after. */
class AgreementTest {
    static final Agreement CONVENZIONE = new Agreement("G1", "T1", Agreement.Kind.CONVENZIONE, "Tirocini",
            LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

    @Test
    void theStatusFollowsTheCalendar() {
        assertThat(CONVENZIONE.status(LocalDate.of(2024, 12, 31))).isEqualTo(Agreement.Status.NOT_YET);
        assertThat(CONVENZIONE.status(LocalDate.of(2025, 1, 1))).isEqualTo(Agreement.Status.VALID);
        assertThat(CONVENZIONE.status(LocalDate.of(2026, 10, 2))).isEqualTo(Agreement.Status.VALID);
        assertThat(CONVENZIONE.status(LocalDate.of(2026, 10, 3))).isEqualTo(Agreement.Status.RENEWAL_DUE);
        assertThat(CONVENZIONE.status(LocalDate.of(2026, 12, 31))).isEqualTo(Agreement.Status.RENEWAL_DUE);
        assertThat(CONVENZIONE.status(LocalDate.of(2027, 1, 1))).isEqualTo(Agreement.Status.EXPIRED);
    }

    @Test
    void aReferralClosesOnceWithAnOutcome() {
        Referral open = new Referral("R1", new org.openpes.services.people.PersonId("P0000000001"), "T1", "tirocinio",
                Referral.State.OPEN, "cm", LocalDate.of(2026, 11, 2), null, null, null, 0);
        assertThat(open.close(" ", "cm", LocalDate.of(2026, 12, 1)).toString()).contains("'outcome'");
        Referral closed = open.close("assunta dalla cooperativa", "partner", LocalDate.of(2026, 12, 1)).orThrow();
        assertThat(closed.state()).isEqualTo(Referral.State.CLOSED);
        assertThat(closed.version()).isEqualTo(1);
        assertThat(closed.close("again", "cm", LocalDate.of(2026, 12, 2)).toString()).contains("OPES-SRV-001");
    }
}
