package org.openpes.skills.match;

/**
 * The one place where the matching score's weights live. A score is the weighted sum of six factors, each in 0..1
 * (docs/skills.md defines each); the weights sum to 1, so a score is in 0..1 too.
 *
 * @param skills       skill coverage: essential skills count twice as much as optional ones; a related skill
 *                     (ESCO skill–skill relation or direct broader/narrower skill) earns half credit
 * @param occupation   1 for the same ESCO occupation, 0.5 for the same ISCO-08 unit group
 * @param distance     1 − distance / the seeker's commuting radius
 * @param education    1 when the seeker's ISCED level reaches the vacancy's minimum, −0.25 per missing level
 * @param contract     the seeker's contract preference (any, permanent, fixed-term) fits the vacancy's contract
 * @param availability the seeker's working-time availability (any, full time, part time) fits the vacancy's
 */
public record Weights(double skills, double occupation, double distance, double education, double contract,
        double availability) {
    public static final Weights DEFAULT = new Weights(0.45, 0.20, 0.15, 0.10, 0.05, 0.05);

    public static final double ESSENTIAL = 2.0;
    public static final double OPTIONAL = 1.0;
    public static final double RELATED_CREDIT = 0.5;

    /** The most a profile can score without sharing a skill or an ISCO unit group with the other side. */
    double withoutSkillsOrOccupation() {
        return distance + education + contract + availability;
    }
}
