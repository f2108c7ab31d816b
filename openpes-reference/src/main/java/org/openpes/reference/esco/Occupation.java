package org.openpes.reference.esco;

import java.util.List;

/** An ESCO occupation: its URI, ESCO code (e.g. 2654.1.7), ISCO-08 unit group, English labels. */
public record Occupation(String uri, String code, String iscoCode, String preferredLabel, List<String> altLabels) {
}
