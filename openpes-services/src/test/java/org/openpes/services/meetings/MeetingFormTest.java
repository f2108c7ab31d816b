package org.openpes.services.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openpes.services.workflow.Outcome;

/**
 * The round table of a firm in crisis as the crisis unit records it: attendees, minutes, decisions and follow-ups one
 * per line; each wrong field is named, with its line; hostile text is refused.
 */
class MeetingFormTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Outcome<Meeting> check(String day, String attendees, String minutes, String decisions,
            String followUps) {
        return new MeetingForm(day, attendees, minutes, decisions, followUps).check("crisis:K1", TODAY, () -> "M1");
    }

    private static String refusal(Outcome<Meeting> out) {
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<Meeting>) out).refusal().message();
    }

    @Test
    void aRoundTableWithItsDecisionsAndFollowUps() {
        Meeting m = check("2026-12-01", "Regione Lombardia, DG Lavoro\nFIOM-CGIL, segretario provinciale\n\n"
                + "Meccanica Brianza S.p.A., direttore del personale", "Esame congiunto della procedura di "
                + "licenziamento collettivo.\nL'azienda conferma 120 esuberi.", "Attivare la ricollocazione (GOL 5)\n"
                + "Sportello del CPI in azienda", "Elenco dei lavoratori; azienda; 2026-12-15\n"
                + "Assessment di gruppo; CPI di Monza; 2027-01-10").orThrow();
        assertThat(m.attendees()).hasSize(3);
        assertThat(m.decisions()).containsExactly("Attivare la ricollocazione (GOL 5)", "Sportello del CPI in azienda");
        assertThat(m.followUps()).extracting(f -> f.id() + " " + f.owner() + " " + f.dueOn())
                .containsExactly("M1-1 azienda 2026-12-15", "M1-2 CPI di Monza 2027-01-10");
        assertThat(m.followUps().get(0).overdue(LocalDate.of(2026, 12, 16))).isTrue();
        assertThat(m.followUps().get(0).overdue(LocalDate.of(2026, 12, 15))).isFalse();
        assertThat(m.minutes()).contains("\n");
    }

    @Test
    void eachWrongFieldIsNamedWithItsLine() {
        String ok = "Regione Lombardia";
        assertThat(refusal(check("07/12/2026", ok, "x", "", ""))).contains("'held_on'");
        assertThat(refusal(check("2026-12-08", ok, "x", "", ""))).contains("'held_on'").contains("future");
        assertThat(refusal(check("2026-12-01", " \n ", "x", "", ""))).contains("'attendees'");
        assertThat(refusal(check("2026-12-01", "a\n" + "b".repeat(201), "x", "", ""))).contains("line 2");
        assertThat(refusal(check("2026-12-01", ok, " ", "", ""))).contains("'minutes'");
        assertThat(refusal(check("2026-12-01", ok, "x", "", "Elenco; azienda"))).contains("'follow_ups'")
                .contains("line 1");
        assertThat(refusal(check("2026-12-01", ok, "x", "", "a; b; 2026-12-20\nElenco; azienda; domani")))
                .contains("line 2").contains("not a date");
        assertThat(refusal(check("2026-12-01", ok, "x", "", "Elenco; azienda; 2026-11-30")))
                .contains("before the meeting");
        assertThat(refusal(check("2026-12-01", ok, "x", "d\n".repeat(51), ""))).contains("'decisions'");
    }

    @Test
    void hostileTextIsRefused() {
        assertThat(refusal(check("2026-12-01", "Regione\u0000", "x", "", ""))).contains("'attendees'");
        assertThat(refusal(check("2026-12-01", "Regione", "x\u0007", "", ""))).contains("'minutes'");
        assertThat(refusal(check("2026-12-01", "Regione", "x", "", "a\u001b[31m; b; 2026-12-20")))
                .contains("'follow_ups'");
        assertThat(refusal(check("2026-12-01", "Regione", "x".repeat(20_001), "", ""))).contains("'minutes'");
    }
}
