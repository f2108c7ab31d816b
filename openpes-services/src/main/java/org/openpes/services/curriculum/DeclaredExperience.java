package org.openpes.services.curriculum;

import java.time.YearMonth;

/**
 * Work the person declares (abroad, before the CO, self-employed): an ESCO occupation, the employer as written, the
 * first and last month ({@code to} null while it lasts).
 */
public record DeclaredExperience(String occupationUri, String employer, YearMonth from, YearMonth to) {
}
