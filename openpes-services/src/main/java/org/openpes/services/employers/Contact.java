package org.openpes.services.employers;

/** A person to talk to at an employer: name, role, and an e-mail address or a telephone number (or both). */
public record Contact(String id, String accountId, String name, String role, String email, String phone) {
}
