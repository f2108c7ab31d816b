package org.openpes.reference.esco;

import java.util.List;

/** An ESCO skill or knowledge concept, with its type, reuse level and English labels. */
public record Skill(String uri, String skillType, String reuseLevel, String preferredLabel, List<String> altLabels) {
}
