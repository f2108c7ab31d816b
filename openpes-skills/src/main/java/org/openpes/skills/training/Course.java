package org.openpes.skills.training;

import java.util.Set;

/** A course of the regional catalogue: id, title, provider, comune, length in hours, and the ESCO skills it teaches. */
public record Course(String id, String title, String provider, String comune, int hours, Set<String> skills) {
}
