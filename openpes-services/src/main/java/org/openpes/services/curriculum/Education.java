package org.openpes.services.curriculum;

/** A title of study: its ISCED 2011 level (0..8), the title as written on it, the year it was obtained. */
public record Education(int isced, String title, int year) {
}
