package org.openpes.reference.territory;

/** A Centro per l'impiego with its ministry code, e.g. A163C000069 CPI ALBINO. */
public record Cpi(String code, String name, String regionCode) {
}
