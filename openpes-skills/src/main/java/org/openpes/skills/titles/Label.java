package org.openpes.skills.titles;

/** One surface form of an occupation concept: its id in the corpus, the concept's URI, and the text. */
public record Label(String id, String conceptUri, String text) {
}
