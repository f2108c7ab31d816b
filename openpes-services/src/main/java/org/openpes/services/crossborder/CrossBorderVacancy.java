package org.openpes.services.crossborder;

import java.time.LocalDate;
import java.util.List;

/**
 * A vacancy of a neighbouring PES, as imported: its id in the feed ({@code source} and {@code foreignId} identify it
 * across imports), its own title and text in the feed's language, the ESCO occupation (given by the feed, or found
 * from the title: {@code occupationFromTitle}), the ESCO skills (given, or the occupation's essential ones), the NUTS 3
 * territory and place, the languages asked for, the contract and weekly hours, and its dates.
 */
public record CrossBorderVacancy(String id, String source, String foreignId, String country, String nuts3,
        String place, String title, String description, String occupationUri, boolean occupationFromTitle,
        List<String> skills, List<LanguageRequirement> languages, ForeignContract contract, int hoursPerWeek,
        LocalDate publishedOn, LocalDate closesOn) {
    public CrossBorderVacancy {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
    }

    /** The same vacancy under another id (a re-imported vacancy keeps the id it was first given). */
    public CrossBorderVacancy withId(String newId) {
        return new CrossBorderVacancy(newId, source, foreignId, country, nuts3, place, title, description,
                occupationUri, occupationFromTitle, skills, languages, contract, hoursPerWeek, publishedOn, closesOn);
    }

    /** True while it takes candidates on {@code day}. */
    public boolean openOn(LocalDate day) {
        return !closesOn.isBefore(day);
    }

    /** Full time from 35 hours a week (the French legal week). */
    public boolean fullTime() {
        return hoursPerWeek >= 35;
    }
}
