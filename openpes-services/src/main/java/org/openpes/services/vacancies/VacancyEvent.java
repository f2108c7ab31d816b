package org.openpes.services.vacancies;

/** What can happen to a vacancy. */
public enum VacancyEvent {
    PUBLISH, START_SELECTION, FILL, CLOSE
}
