package org.openpes.services.people;

import java.time.LocalDate;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;

/**
 * A registered person.
 *
 * @param ownerCpi the CPI that owns the record: the CPI of the domicile, unless the record was transferred
 * @param version optimistic-locking version: a change made on an older version is refused
 */
public record Person(PersonId id, FiscalCode fiscalCode, String givenName, String familyName, Sex sex,
        LocalDate birthDate, String citizenship, String domicileComune, int educationIsced, LocalDate didDate,
        String ownerCpi, int version) {
}
