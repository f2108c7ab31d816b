package org.openpes.skills.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.OccupationSkills;
import org.openpes.reference.ReferenceData;

/** A seeker's profile from the region folder: declared skills, and skills implied by the jobs in the CO history. */
class RegionProfilesTest {
    private static final ReferenceData REF = ReferenceData.load();
    private static final String HEADER = "communication_id,event_type,kind,corrects_id,sending_date,module,"
            + "employer_code,employer_ateco,ateco_version,workplace_comune,worker_code,worker_sex,worker_birth_date,"
            + "worker_citizenship,worker_residence_comune,worker_education,start_date,planned_end_date,contract_type,"
            + "working_time,weekly_hours,cp2011,ccnl,event_date,extension_end_date,transformation_code,"
            + "termination_reason\n";
    private static final String MARIA = "RSSMRA80A41F205X";
    /** A cook before registering with the CPI on 2023-05-02; hired as a nurse afterwards (must not count). */
    private static final String COOK = "5.2.2.1.0";
    private static final String NURSE = "3.2.1.1.1";

    @TempDir
    Path dir;

    private void region(String coRows) throws IOException {
        Files.writeString(dir.resolve("seekers.csv"), "seeker_id,fiscal_code,registration_date,did_date,sex,"
                + "birth_date,education_isced,citizenship,last_cp2011,esco_occupation,home_comune,max_distance_km,"
                + "availability,preferred_contract,languages,driving_licence\n"
                + "S1," + MARIA + ",2023-05-02,2023-05-02,F,1980-01-01,3,IT,,,015146,20,FULL_TIME,ANY,it;en,B\n");
        Files.writeString(dir.resolve("seeker_skills.csv"), "seeker_id,skill_uri,source\n"
                + "S1,http://data.europa.eu/esco/skill/declared-1,DECLARED\n");
        Files.createDirectories(dir.resolve("co"));
        Files.writeString(dir.resolve("co/events_2023.csv"), HEADER + coRows);
    }

    private static String hire(String id, String worker, String start, String cp) {
        return id + ",HIRE,ORDINARY,,2023-01-01,UL,01234567890,56.10.11,2007,015146," + worker
                + ",F,1980-01-01,IT,015146,3," + start + ",,A.01.00,F,40," + cp + ",SYN-I," + start + ",,,\n";
    }

    private SeekerProfile maria() {
        List<SeekerProfile> out = new ArrayList<>();
        RegionProfiles.seekers(dir, REF, out::add);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void earlierJobsLendTheirEssentialSkillsAndLaterJobsDoNot() throws IOException {
        region(hire("CO1", MARIA, "2021-03-01", COOK) + hire("CO2", MARIA, "2023-06-01", NURSE)
                + hire("CO3", "BNCLGU70A01F205Z", "2020-01-01", NURSE));
        OccupationSkills implied = new OccupationSkills(REF);
        List<String> cook = implied.essential(implied.escoOccupation(COOK).orElseThrow());
        List<String> nurse = implied.essential(implied.escoOccupation(NURSE).orElseThrow());
        assertThat(cook).isNotEmpty();
        SeekerProfile s = maria();
        assertThat(s.skills()).contains("http://data.europa.eu/esco/skill/declared-1").containsAll(cook);
        assertThat(s.skills()).doesNotContainAnyElementsOf(nurse.stream().filter(k -> !cook.contains(k)).toList());
        assertThat(s.skills()).doesNotHaveDuplicates();
    }

    @Test
    void noCoFolderMeansOnlyTheFileSkills() throws IOException {
        region("");
        Files.delete(dir.resolve("co/events_2023.csv"));
        Files.delete(dir.resolve("co"));
        assertThat(maria().skills()).containsExactly("http://data.europa.eu/esco/skill/declared-1");
    }

    @Test
    void aTruncatedCoRowIsRefusedWithFileAndLine() throws IOException {
        region(hire("CO1", MARIA, "2021-03-01", COOK) + "CO2,HIRE,ORDINARY\n");
        assertThatThrownBy(this::maria).isInstanceOf(OpenPesException.class)
                .satisfies(e -> assertThat(((OpenPesException) e).errorCode()).isEqualTo(ErrorCode.SKL_003))
                .hasMessageContaining("events_2023.csv line 3");
    }

    @Test
    void aBadRegistrationDateNamesTheField() throws IOException {
        region("");
        Files.writeString(dir.resolve("seekers.csv"), Files.readString(dir.resolve("seekers.csv"))
                .replace("2023-05-02,2023-05-02", "02/05/2023,2023-05-02"));
        assertThatThrownBy(this::maria).hasMessageContaining("seekers.csv line 2")
                .hasMessageContaining("registration_date");
    }
}
