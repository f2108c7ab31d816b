package org.openpes.services.vacancies;

import java.time.LocalDate;
import java.util.List;
import org.openpes.services.workflow.Outcome;

/**
 * A vacancy of an employer: the ESCO occupation and skills sought, the workplace, the contract and working time
 * (CO codes), the minimum ISCED level, its dates and its state. Changes go through {@link VacancyWorkflow}.
 *
 * @param version optimistic-locking version
 */
public record Vacancy(String id, String employerCode, String title, String occupationUri, List<String> essentialSkills,
        String comune, String contractType, String workingTime, int minIsced, LocalDate publishedOn,
        LocalDate closesOn, VacancyState state, int version) {
    public Vacancy {
        essentialSkills = List.copyOf(essentialSkills);
    }

    /** The vacancy after {@code event}, or why it cannot happen. */
    public Outcome<Vacancy> on(VacancyEvent event, LocalDate today) {
        return VacancyWorkflow.TABLE.fire(state, event, this).then(to -> Outcome.done(new Vacancy(id, employerCode,
                title, occupationUri, essentialSkills, comune, contractType, workingTime, minIsced,
                to == VacancyState.PUBLISHED && publishedOn == null ? today : publishedOn, closesOn, to,
                version + 1)));
    }

    /** True while the vacancy takes candidates. */
    public boolean open() {
        return state == VacancyState.PUBLISHED || state == VacancyState.IN_SELECTION;
    }
}
