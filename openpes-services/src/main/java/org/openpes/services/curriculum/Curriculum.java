package org.openpes.services.curriculum;

import java.util.List;

/**
 * What a person's record holds of their education, training, declared work and skills, with the languages and the
 * driving licence of the registration (as loaded; empty when unknown).
 */
public record Curriculum(List<Education> education, List<Training> training, List<DeclaredExperience> experience,
        List<PersonSkill> skills, String languages, String drivingLicence) {
}
