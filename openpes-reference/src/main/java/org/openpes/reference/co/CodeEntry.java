package org.openpes.reference.co;

/** One row of a simple CO code table (working time, module type, termination reason), with where it comes from. */
public record CodeEntry(String code, String description, String source) {
}
