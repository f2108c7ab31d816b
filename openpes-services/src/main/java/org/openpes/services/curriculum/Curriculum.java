package org.openpes.services.curriculum;

import java.util.List;

/**
 * What a person's record holds of their education, training, declared work and skills, with the languages (ISO 639-1
 * codes besides Italian, separated by ';') and the driving licence of the registration (as loaded; empty when
 * unknown), and the countries where the person declared they would work (ISO 3166 codes).
 */
public record Curriculum(List<Education> education, List<Training> training, List<DeclaredExperience> experience,
        List<PersonSkill> skills, String languages, String drivingLicence, List<String> mobility) {
    public Curriculum {
        mobility = List.copyOf(mobility);
    }
}
