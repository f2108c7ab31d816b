package org.openpes.services.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.reference.ReferenceData;
import org.openpes.services.workflow.Outcome;

/** Registration in the words of a CPI desk, on the real comuni and CPIs of Lombardy. */
class PersonRegistrationTest {
    static final ReferenceData REF = ReferenceData.load();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    /** Maria Rossi, born in Milano on 10 May 1990. */
    static final String MARIA = FiscalCode.compose("RSSMRA", LocalDate.of(1990, 5, 10), Sex.F, "F205").value();

    static PersonRegistration maria() {
        return new PersonRegistration(MARIA, "Maria", "Rossi", "IT", "015146", "3", "2026-11-30");
    }

    @Test
    void aValidRegistrationTakesSexAndBirthDateFromTheFiscalCodeAndTheCpiFromTheDomicile() {
        Person p = maria().check(REF, TODAY).orThrow();
        assertThat(p.sex()).isEqualTo(Sex.F);
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 5, 10));
        assertThat(p.ownerCpi()).isEqualTo(REF.territories().cpiOf("015146").orElseThrow().code());
        assertThat(p.id().value()).matches("P[0-9A-Z]{11}").doesNotContain(MARIA.substring(0, 6));
    }

    @Test
    void eachBadFieldIsNamedWithAStableCode() {
        assertRefused(new PersonRegistration(MARIA.toLowerCase(), "Maria", "Rossi", "IT", "015146", "3",
                "2026-11-30"), "fiscal_code");
        assertRefused(new PersonRegistration(MARIA.substring(0, 15) + "X", "Maria", "Rossi", "IT", "015146", "3",
                "2026-11-30"), "fiscal_code");
        assertRefused(new PersonRegistration(MARIA, "", "Rossi", "IT", "015146", "3", "2026-11-30"), "given_name");
        assertRefused(new PersonRegistration(MARIA, "Maria", "<script>", "IT", "015146", "3", "2026-11-30"),
                "family_name");
        assertRefused(new PersonRegistration(MARIA, "Maria", "Rossi", "it", "015146", "3", "2026-11-30"),
                "citizenship");
        assertRefused(new PersonRegistration(MARIA, "Maria", "Rossi", "IT", "999999", "3", "2026-11-30"),
                "domicile_comune");
        assertRefused(new PersonRegistration(MARIA, "Maria", "Rossi", "IT", "015146", "9", "2026-11-30"),
                "education_isced");
        assertRefused(new PersonRegistration(MARIA, "Maria", "Rossi", "IT", "015146", "3", "2090-01-01"),
                "did_date");
        String child = FiscalCode.compose("RSSMRA", LocalDate.of(2015, 5, 10), Sex.F, "F205").value();
        assertRefused(new PersonRegistration(child, "Maria", "Rossi", "IT", "015146", "3", "2026-11-30"),
                "fiscal_code");
    }

    private static void assertRefused(PersonRegistration r, String field) {
        Outcome<Person> out = r.check(REF, TODAY);
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<Person>) out).refusal().message())
                .startsWith("OPES-SRV-004: field '" + field + "'");
    }
}
