package org.openpes.skills.match;

import java.util.List;
import java.util.Map;

/**
 * Why a seeker and a vacancy match: the vacancy skills the seeker holds, the essential ones missing, the partial
 * matches (a vacancy skill covered by a related skill the seeker holds), the distance, and each factor's value and
 * weighted contribution to the score.
 */
public record Explanation(List<String> matchedSkills, List<String> missingEssentialSkills,
        List<PartialMatch> partialMatches, Double distanceKm, Map<String, Double> factors,
        Map<String, Double> contributions) {

    /** A vacancy skill covered by a related skill of the seeker. */
    public record PartialMatch(String vacancySkill, String seekerSkill) {
    }
}
