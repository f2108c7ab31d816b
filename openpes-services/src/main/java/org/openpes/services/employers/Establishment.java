package org.openpes.services.employers;

/** A workplace of an employer besides the registered one: its comune (ISTAT code) and how the employer calls it. */
public record Establishment(String id, String accountId, String comune, String label) {
}
