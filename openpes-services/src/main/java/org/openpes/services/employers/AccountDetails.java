package org.openpes.services.employers;

import java.util.List;

/** What an account holds besides its CO: its contacts, its other workplaces, and the needs it recorded. */
public record AccountDetails(List<Contact> contacts, List<Establishment> establishments, List<RecordedNeed> needs) {
    public AccountDetails {
        contacts = List.copyOf(contacts);
        establishments = List.copyOf(establishments);
        needs = List.copyOf(needs);
    }
}
