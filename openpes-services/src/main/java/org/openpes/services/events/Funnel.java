package org.openpes.services.events;

/**
 * An event's funnel: invited, attended, interviewed, hired (applications accepted), and hired according to the CO
 * within 30 and 90 days of the event (people the employers of its vacancies hired; null while the store's CO do not
 * reach that day yet).
 */
public record Funnel(int invited, int attended, int interviewed, int hired, Integer hiredIn30DaysCo,
        Integer hiredIn90DaysCo) {
}
