package org.openpes.services.employers;

import java.time.YearMonth;
import java.util.List;

/**
 * A need an employer told its account manager about, before it is a vacancy: the ESCO occupation and skills, how many
 * people, from which month, and a note. The needs of a territory are a first-hand signal of demand.
 */
public record RecordedNeed(String id, String accountId, String occupationUri, List<String> skills, int headcount,
        YearMonth from, String note) {
    public RecordedNeed {
        skills = List.copyOf(skills);
    }
}
