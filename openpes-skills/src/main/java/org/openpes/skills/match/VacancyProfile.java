package org.openpes.skills.match;

import java.util.List;

/**
 * A vacancy as matching sees it: the employer, the ESCO occupation, essential and optional skills, the workplace
 * comune, the CO contract type and working-time codes, and the minimum ISCED level.
 */
public record VacancyProfile(String id, String employerCode, String occupationUri, List<String> essentialSkills,
        List<String> optionalSkills, String comune, String contractType, String workingTime, int minIsced) {
}
