package org.openpes.services.vacancies;

import static org.openpes.services.vacancies.VacancyEvent.CLOSE;
import static org.openpes.services.vacancies.VacancyEvent.FILL;
import static org.openpes.services.vacancies.VacancyEvent.PUBLISH;
import static org.openpes.services.vacancies.VacancyEvent.START_SELECTION;
import static org.openpes.services.vacancies.VacancyState.CLOSED_WITHOUT_HIRE;
import static org.openpes.services.vacancies.VacancyState.DRAFT;
import static org.openpes.services.vacancies.VacancyState.FILLED;
import static org.openpes.services.vacancies.VacancyState.IN_SELECTION;
import static org.openpes.services.vacancies.VacancyState.PUBLISHED;

import java.util.List;
import java.util.Optional;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.workflow.Refusal;
import org.openpes.services.workflow.Workflow;
import org.openpes.services.workflow.Workflow.Guard;
import org.openpes.services.workflow.Workflow.Transition;

/** The one transition table of a vacancy. */
public final class VacancyWorkflow {
    private static final Guard<Vacancy> HAS_OCCUPATION = Guard.named("has an ESCO occupation and a workplace",
            v -> v.occupationUri() == null || v.occupationUri().isBlank() || v.comune() == null
                    || v.comune().isBlank()
                    ? Optional.of(new Refusal(ErrorCode.SRV_021, "vacancy " + v.id(),
                            "needs an ESCO occupation and a workplace comune before it is published"))
                    : Optional.empty());

    public static final Workflow<VacancyState, VacancyEvent, Vacancy> TABLE = new Workflow<>("vacancy",
            VacancyState.class, List.of(
                    new Transition<>(DRAFT, PUBLISH, PUBLISHED, HAS_OCCUPATION),
                    new Transition<>(DRAFT, CLOSE, CLOSED_WITHOUT_HIRE, Guard.always()),
                    new Transition<>(PUBLISHED, START_SELECTION, IN_SELECTION, Guard.always()),
                    new Transition<>(PUBLISHED, FILL, FILLED, Guard.always()),
                    new Transition<>(PUBLISHED, CLOSE, CLOSED_WITHOUT_HIRE, Guard.always()),
                    new Transition<>(IN_SELECTION, FILL, FILLED, Guard.always()),
                    new Transition<>(IN_SELECTION, CLOSE, CLOSED_WITHOUT_HIRE, Guard.always())));

    private VacancyWorkflow() {
    }
}
