package org.openpes.services.profiling;

/**
 * The qualitative part of the profile, answered with the person at the interview: the barriers that the CO cannot
 * show. Two or more barriers make a complex need, for which the GOL path 4 (lavoro e inclusione, with the social
 * services) is proposed.
 */
public record Questionnaire(boolean caringResponsibilities, boolean healthLimitation, boolean followedBySocialServices,
        boolean housingDifficulty, boolean needsItalianLanguage, boolean lacksDigitalSkills, boolean willingToRetrain) {
    public static final Questionnaire NOT_ANSWERED = new Questionnaire(false, false, false, false, false, false,
            false);

    public int barriers() {
        return (caringResponsibilities ? 1 : 0) + (healthLimitation ? 1 : 0) + (followedBySocialServices ? 1 : 0)
                + (housingDifficulty ? 1 : 0) + (needsItalianLanguage ? 1 : 0);
    }

    public boolean complexNeeds() {
        return barriers() >= 2;
    }
}
