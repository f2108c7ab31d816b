package org.openpes.skills.match;

/** One ranked result: the seeker and the vacancy, the score (0..1), and the explanation. */
public record Match(int rank, String seekerId, String vacancyId, String employerCode, double score,
        Explanation explanation) {
}
