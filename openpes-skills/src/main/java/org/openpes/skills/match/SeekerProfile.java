package org.openpes.skills.match;

import java.util.List;

/**
 * A job seeker as matching sees them: declared skills and skills implied by past occupations (ESCO essential
 * relations), the last occupation, education (ISCED level), languages, driving licences, home comune and commuting
 * radius, working-time availability (ANY, FULL_TIME, PART_TIME) and contract preference (ANY, PERMANENT,
 * FIXED_TERM). No name or fiscal code: matching never needs them.
 */
public record SeekerProfile(String id, String occupationUri, List<String> skills, int isced, List<String> languages,
        String licences, String homeComune, int maxDistanceKm, String availability, String preferredContract) {
}
