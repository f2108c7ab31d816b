package org.openpes.services.app;

import org.openpes.services.curriculum.Curriculum;
import org.openpes.services.curriculum.DeclaredExperience;
import org.openpes.services.curriculum.Education;
import org.openpes.services.curriculum.Training;
import org.openpes.services.people.PersonId;

/** A person's curriculum inside one use case's transaction. Each add is false when the record already holds it. */
public interface CurriculumRecords {
    Curriculum of(PersonId id);

    boolean add(PersonId id, Education e, String actor);

    boolean add(PersonId id, Training t, String actor);

    boolean add(PersonId id, DeclaredExperience x, String actor);

    /** Declares a skill; one that was implied by an occupation becomes declared. False when already declared. */
    boolean declareSkill(PersonId id, String skillUri);

    /** Declares that the person would work in {@code country}. False when already declared. */
    boolean declareMobility(PersonId id, String country, String actor);

    /** Adds a language the person speaks. False when the record already has it. */
    boolean addLanguage(PersonId id, String language);
}
