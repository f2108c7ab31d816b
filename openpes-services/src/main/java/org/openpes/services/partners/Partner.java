package org.openpes.services.partners;

/** An organisation of the territory, in a province (its historical ISTAT code) of a region. */
public record Partner(String id, String name, PartnerKind kind, String province, String region) {
}
