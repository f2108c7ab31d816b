package org.openpes.services.curriculum;

/** A training course attended: title, provider, year, length in hours, and whether it ended with a certificate. */
public record Training(String title, String provider, int year, int hours, boolean certified) {
}
