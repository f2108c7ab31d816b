package org.openpes.skills.training;

import java.util.List;

/**
 * The courses that close a gap, in order: each step names the course and the missing essential skills it covers;
 * {@code uncovered} lists the missing skills no course teaches.
 */
public record TrainingPath(List<String> missingEssentialSkills, List<Step> steps, int totalHours,
        List<String> uncovered) {

    public record Step(int order, String courseId, String title, int hours, List<String> skillsCovered) {
    }
}
