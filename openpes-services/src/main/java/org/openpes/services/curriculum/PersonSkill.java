package org.openpes.services.curriculum;

/** An ESCO skill in the person's record: declared by the person, or implied by an occupation (as loaded). */
public record PersonSkill(String uri, Source source) {
    public enum Source { DECLARED, IMPLIED }
}
