package org.openpes.services.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openpes.reference.ReferenceData;
import org.openpes.services.workflow.Outcome;

/**
 * What an account manager writes on an employer's account, on the real reference data: the HR manager of a
 * Brianza engineering firm, its warehouse in Lodi, and its need of three CNC operators from March; every wrong field
 * named, hostile text refused.
 */
class AccountFormsTest {
    static final ReferenceData REF = ReferenceData.load();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static String refusal(Outcome<?> out) {
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) out).refusal().message();
    }

    @Test
    void aContactNeedsANameARoleAndAWayToReachThem() {
        Contact c = AccountForms.contact("C1", "E1", " Giulia D'Angelo ", "Responsabile del personale",
                "g.dangelo@meccanica-brianza.it", "").orThrow();
        assertThat(c.name()).isEqualTo("Giulia D'Angelo");
        assertThat(c.phone()).isNull();
        assertThat(refusal(AccountForms.contact("C1", "E1", "Giulia", "HR", "", " "))).contains("'email'");
        assertThat(refusal(AccountForms.contact("C1", "E1", "Giulia", "HR", "giulia@", null))).contains("'email'");
        assertThat(refusal(AccountForms.contact("C1", "E1", "Giulia", "HR", null, "12ab"))).contains("'phone'");
        assertThat(AccountForms.contact("C1", "E1", "Giulia", "HR", null, "+39 039 123 4567").orThrow().phone())
                .isEqualTo("+39 039 123 4567");
        assertThat(refusal(AccountForms.contact("C1", "E1", "<script>", "HR", "a@b.it", null))).contains("'name'");
        assertThat(refusal(AccountForms.contact("C1", "E1", "Giulia", "HR\u0000", "a@b.it", null))).contains("'role'");
    }

    @Test
    void aWorkplaceIsInAComuneOfTheReferenceData() {
        assertThat(AccountForms.establishment("W1", "E1", "098031", "Magazzino di Lodi", REF).orThrow().comune())
                .isEqualTo("098031");
        assertThat(refusal(AccountForms.establishment("W1", "E1", "999999", "x", REF))).contains("'comune'");
        assertThat(refusal(AccountForms.establishment("W1", "E1", "015146", " ", REF))).contains("'label'");
    }

    @Test
    void aNeedNamesAnEscoOccupationItsSkillsHowManyAndFromWhen() {
        RecordedNeed n = AccountForms.need("N1", "E1", "cuoco", "comply with food safety and hygiene\n\n"
                + "comply with food safety and hygiene", "3", "2027-03", "stagione estiva", REF, TODAY).orThrow();
        assertThat(REF.esco().preferredLabels(n.occupationUri())).containsEntry("en", "cook");
        assertThat(n.skills()).hasSize(1);
        assertThat(n.from()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(refusal(AccountForms.need("N1", "E1", "astronauta di bordo xyz", "", "1", "2027-03", "", REF,
                TODAY))).contains("'occupation'");
        assertThat(refusal(AccountForms.need("N1", "E1", "cuoco", "not a skill at all qqq", "1", "2027-03", "", REF,
                TODAY))).contains("'skill'");
        assertThat(refusal(AccountForms.need("N1", "E1", "cuoco", "", "0", "2027-03", "", REF, TODAY)))
                .contains("'headcount'");
        assertThat(refusal(AccountForms.need("N1", "E1", "cuoco", "", "2", "marzo", "", REF, TODAY)))
                .contains("'from'");
        assertThat(refusal(AccountForms.need("N1", "E1", "cuoco", "", "2", "2030-03", "", REF, TODAY)))
                .contains("three years");
    }
}
