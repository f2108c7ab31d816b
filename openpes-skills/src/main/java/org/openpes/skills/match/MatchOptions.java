package org.openpes.skills.match;

/**
 * Per-request options. Hard filters: {@code maxKm} (0 = each seeker's own commuting radius) and
 * {@code requiredLicence} (e.g. "C"; null = none). Fairness: {@code maxPerEmployer} caps how many vacancies of one
 * employer a seeker's list may hold (0 = no cap), so that a few large employers do not take every recommendation.
 */
public record MatchOptions(int maxKm, String requiredLicence, int maxPerEmployer) {
    public static final MatchOptions DEFAULT = new MatchOptions(0, null, 0);
}
