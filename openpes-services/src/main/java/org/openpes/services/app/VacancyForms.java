package org.openpes.services.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.openpes.core.error.ErrorCode;
import org.openpes.reference.ReferenceData;
import org.openpes.services.employers.EmployerAccount;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.services.vacancies.VacancyState;
import org.openpes.services.workflow.Refusal;

/**
 * Reads a vacancy form against the reference data (ESCO occupation and skills, ISTAT comune, CO contract type),
 * refusing the first bad field by name (OPES-SRV-004). A vacancy starts as a draft; its workplace defaults to the
 * employer's.
 */
final class VacancyForms {
    private final ReferenceData ref;

    VacancyForms(ReferenceData ref) {
        this.ref = ref;
    }

    Vacancy parse(String id, EmployerAccount employer, VacancyService.VacancyForm f, LocalDate today) {
        String title = f.title() == null ? "" : f.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw refused("title", "between 1 and 200 characters");
        }
        String occupation = blankToNull(f.occupationUri());
        if (occupation != null && ref.esco().occupation(occupation).isEmpty()) {
            throw refused("occupationUri", "'" + occupation + "' is not an ESCO occupation");
        }
        List<String> skills = f.essentialSkills() == null ? List.of() : f.essentialSkills().stream()
                .filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        for (String s : skills) {
            if (ref.esco().skill(s).isEmpty()) {
                throw refused("essentialSkills", "'" + s + "' is not an ESCO skill");
            }
        }
        String comune = blankToNull(f.comune()) == null ? employer.workplaceComune() : f.comune().strip();
        if (ref.territories().comune(comune).isEmpty()) {
            throw refused("comune", "'" + comune + "' is not an ISTAT comune code");
        }
        String contract = blankToNull(f.contractType()) == null ? "A.02.00" : f.contractType().strip();
        if (ref.coCodes().contractType(contract).isEmpty()) {
            throw refused("contractType", "'" + contract + "' is not a CO contract type (e.g. A.01.00, A.02.00)");
        }
        String time = blankToNull(f.workingTime()) == null ? "F" : f.workingTime().strip();
        if (!time.equals("F") && !time.equals("P")) {
            throw refused("workingTime", "F (full time) or P (part time)");
        }
        int isced = f.minIsced() == null ? 0 : f.minIsced();
        if (isced < 0 || isced > 8) {
            throw refused("minIsced", "an ISCED level from 0 to 8");
        }
        LocalDate closes = today.plusDays(60);
        if (blankToNull(f.closesOn()) != null) {
            try {
                closes = LocalDate.parse(f.closesOn().strip());
            } catch (DateTimeParseException e) {
                throw refused("closesOn", "'" + f.closesOn() + "' is not a date (YYYY-MM-DD)");
            }
            if (closes.isBefore(today)) {
                throw refused("closesOn", "cannot be in the past");
            }
        }
        return new Vacancy(id, employer.employerCode(), title, occupation, skills, comune, contract, time, isced,
                null, closes, VacancyState.DRAFT, 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Refused refused(String field, String why) {
        return new Refused(new Refusal(ErrorCode.SRV_004, field, why));
    }
}
