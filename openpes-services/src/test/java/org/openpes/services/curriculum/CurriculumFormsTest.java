package org.openpes.services.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.esco.Esco;
import org.openpes.services.workflow.Outcome;

/** The curriculum's forms on the real ESCO: what an operator types is taken, or the field at fault is named. */
class CurriculumFormsTest {
    static final Esco ESCO = ReferenceData.load().esco();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static String fault(Outcome<?> out) {
        assertThat(out).isInstanceOf(Outcome.Refused.class);
        var r = ((Outcome.Refused<?>) out).refusal();
        assertThat(r.code().code()).isEqualTo("OPES-SRV-004");
        return r.message();
    }

    @Test
    void aDiplomaACourseAndASkillAreTakenAsTyped() {
        assertThat(CurriculumForms.education("3", " Diploma di ragioneria ", "2008", TODAY).orThrow())
                .isEqualTo(new Education(3, "Diploma di ragioneria", 2008));
        assertThat(CurriculumForms.training("Excel avanzato", "Ente Formativo Lombardo", "2025", "40", true, TODAY)
                .orThrow()).isEqualTo(new Training("Excel avanzato", "Ente Formativo Lombardo", 2025, 40, true));
        assertThat(CurriculumForms.skill("use spreadsheets software", ESCO).orThrow())
                .isEqualTo("http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be");
        assertThat(CurriculumForms.skill("http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be", ESCO)
                .orThrow()).endsWith("1973c966-f236-40c9-b2d4-5d71a89019be");
    }

    @Test
    void declaredWorkTakesAnItalianOccupationLabelAndMayStillLast() {
        DeclaredExperience x = CurriculumForms.experience("commesso", "Negozio a Lugano", "2019-03", "", ESCO, TODAY)
                .orThrow();
        assertThat(ESCO.occupation(x.occupationUri())).isPresent();
        assertThat(ESCO.preferredLabels(x.occupationUri()).get("it")).isEqualTo("assistente di vendita"); // "commesso" is an alternative label
        assertThat(x.from()).isEqualTo(YearMonth.of(2019, 3));
        assertThat(x.to()).isNull();
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertThat(fault(CurriculumForms.education("9", "Laurea", "2010", TODAY))).contains("'isced'");
        assertThat(fault(CurriculumForms.education("tre", "Laurea", "2010", TODAY))).contains("'isced'");
        assertThat(fault(CurriculumForms.education("6", " ", "2010", TODAY))).contains("'title'");
        assertThat(fault(CurriculumForms.education("6", "Laurea", "2027", TODAY))).contains("'year'");
        assertThat(fault(CurriculumForms.education("6", "Laurea", "1949", TODAY))).contains("'year'");
        assertThat(fault(CurriculumForms.training("Excel", "", "2025", "40", false, TODAY))).contains("'provider'");
        assertThat(fault(CurriculumForms.training("Excel", "Ente", "2025", "0", false, TODAY))).contains("'hours'");
        assertThat(fault(CurriculumForms.training("Excel", "Ente", "2025", "40h", false, TODAY))).contains("'hours'");
        assertThat(fault(CurriculumForms.experience("astronauta lunare di corte", "X", "2019-03", null, ESCO,
                TODAY))).contains("'occupation'");
        assertThat(fault(CurriculumForms.experience("commesso", "X", "2019-3-1", null, ESCO, TODAY)))
                .contains("'from'");
        assertThat(fault(CurriculumForms.experience("commesso", "X", "2027-01", null, ESCO, TODAY)))
                .contains("'from'");
        assertThat(fault(CurriculumForms.experience("commesso", "X", "2019-03", "2018-12", ESCO, TODAY)))
                .contains("'to'");
        assertThat(fault(CurriculumForms.skill("juggling flaming chainsaws underwater", ESCO))).contains("'skill'");
    }

    @Test
    void hostileTextIsRefusedNotStored() {
        assertThat(fault(CurriculumForms.education("3", "Diploma\u0000; drop table job_seeker", "2008", TODAY)))
                .contains("'title'");
        assertThat(fault(CurriculumForms.education("3", "x".repeat(201), "2008", TODAY))).contains("'title'");
        assertThat(fault(CurriculumForms.experience("!!!", "X", "2019-03", null, ESCO, TODAY)))
                .contains("'occupation'");
        assertThat(fault(CurriculumForms.skill("%%%", ESCO))).contains("'skill'");
        assertThat(fault(CurriculumForms.skill(null, ESCO))).contains("'skill'");
        assertThat(fault(CurriculumForms.training(null, null, null, null, false, TODAY))).contains("'title'");
    }
}
