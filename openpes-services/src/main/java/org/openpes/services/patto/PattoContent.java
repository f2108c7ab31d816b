package org.openpes.services.patto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a patto says. Art. 20 c.2 of D.Lgs. 150/2015 asks for five elements: the case manager; the personal
 * employability profile; the active job-search acts and their timing; the ordinary frequency of contacts with the
 * CPI; how active search is proven. Art. 20 c.3 asks the person's availability for job-search workshops, for training
 * or re-qualification, and to accept suitable offers (art. 25). Fields may be empty while the patto is a draft.
 *
 * @param caseManager the user id of the responsible operator
 * @param riskClass the profiling's class (1 low .. 3 high), with the GOL path the employability profile
 * @param contactEveryDays ordinary frequency of contacts, in days
 */
public record PattoContent(String caseManager, Integer riskClass, GolPath golPath, List<JobSearchAct> searchActs,
        Integer contactEveryDays, String proofOfSearch, Boolean availableForWorkshops, Boolean availableForTraining,
        Boolean acceptsSuitableOffers) {

    /** A job-search act the person commits to, with its deadline. */
    public record JobSearchAct(String description, LocalDate deadline) {
    }

    public PattoContent {
        searchActs = searchActs == null ? List.of() : List.copyOf(searchActs);
    }

    /** An empty draft for a case manager. */
    public static PattoContent draftFor(String caseManager) {
        return new PattoContent(caseManager, null, null, List.of(), null, null, null, null, null);
    }

    /** The elements of art. 20 of D.Lgs. 150/2015 a patto must hold to be signed, in the law's order. */
    public enum Element {
        CASE_MANAGER("the case manager (c.2 a)"),
        PROFILE("the employability profile: risk class and GOL path (c.2 b)"),
        SEARCH_ACTS("job-search acts, each with a deadline (c.2 c)"),
        CONTACTS("the frequency of contacts, 1 to 180 days (c.2 d)"),
        PROOF("how job search is proven (c.2 e)"),
        AVAILABILITY("the availabilities for workshops, training and suitable offers (c.3)");

        private final String description;

        Element(String description) {
            this.description = description;
        }

        /** In English, for refusal messages; pages take their words from the bundles ({@code patto.element.X}). */
        public String description() {
            return description;
        }
    }

    /** The elements of art. 20 that are missing, in the law's order; empty when the patto may be signed. */
    public List<Element> missing() {
        List<Element> missing = new ArrayList<>();
        if (caseManager == null || caseManager.isBlank()) {
            missing.add(Element.CASE_MANAGER);
        }
        if (riskClass == null || riskClass < 1 || riskClass > 3 || golPath == null) {
            missing.add(Element.PROFILE);
        }
        if (searchActs.isEmpty() || searchActs.stream().anyMatch(a -> a.description() == null
                || a.description().isBlank() || a.deadline() == null)) {
            missing.add(Element.SEARCH_ACTS);
        }
        if (contactEveryDays == null || contactEveryDays < 1 || contactEveryDays > 180) {
            missing.add(Element.CONTACTS);
        }
        if (proofOfSearch == null || proofOfSearch.isBlank()) {
            missing.add(Element.PROOF);
        }
        if (availableForWorkshops == null || availableForTraining == null || acceptsSuitableOffers == null) {
            missing.add(Element.AVAILABILITY);
        }
        return missing;
    }

    /** {@link #missing()} in words, for messages. */
    public List<String> missingElements() {
        return missing().stream().map(Element::description).toList();
    }
}
