package org.openpes.services.vacancies;

/** Where a vacancy stands. */
public enum VacancyState {
    DRAFT, PUBLISHED, IN_SELECTION, FILLED, CLOSED_WITHOUT_HIRE
}
