package org.openpes.services.crossborder;

import java.util.List;

/**
 * One vacancy of a feed as text, before it is checked: what the JSON reader found in each field (null when the field is
 * absent). {@code languages} holds code and level pairs as written.
 */
public record FeedRow(int row, String id, String title, String description, String escoOccupation,
        List<String> escoSkills, String nuts3, String place, List<String[]> languages, String contract,
        Integer hoursPerWeek, String publishedOn, String closesOn) {
    public FeedRow {
        escoSkills = escoSkills == null ? null : List.copyOf(escoSkills);
        languages = languages == null ? null : List.copyOf(languages);
    }
}
