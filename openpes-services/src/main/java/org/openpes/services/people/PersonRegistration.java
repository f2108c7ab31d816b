package org.openpes.services.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.core.identity.FiscalCode;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.territory.Cpi;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * What an operator enters to register a person, as text from a form or a request: {@link #check} turns it into a
 * {@link Person} or names the first field at fault (OPES-SRV-004). The fiscal code must be valid and in capitals; sex
 * and birth date are taken from it (never typed twice, so they cannot contradict it); the domicile must be a comune
 * with a CPI; the DID date cannot be in the future.
 */
public record PersonRegistration(String fiscalCode, String givenName, String familyName, String citizenship,
        String domicileComune, String educationIsced, String didDate) {

    public Outcome<Person> check(ReferenceData ref, LocalDate today) {
        if (fiscalCode == null || !fiscalCode.equals(fiscalCode.strip().toUpperCase(Locale.ROOT))) {
            return field("fiscal_code", "must be written in capitals, without spaces");
        }
        FiscalCode code;
        try {
            code = FiscalCode.parse(fiscalCode);
        } catch (OpenPesException e) {
            return field("fiscal_code", "not a valid fiscal code (check digit, letters, date)");
        }
        LocalDate birth = code.birthDate(today.getYear());
        if (birth.isAfter(today.minusYears(15))) {
            return field("fiscal_code", "the person it encodes is younger than 15");
        }
        Optional<Refusal> name = checkName("given_name", givenName).or(() -> checkName("family_name", familyName));
        if (name.isPresent()) {
            return Outcome.refused(name.get());
        }
        if (citizenship == null || !citizenship.matches("[A-Z]{2}")) {
            return field("citizenship", "an ISO 3166 alpha-2 code in capitals, e.g. IT");
        }
        if (domicileComune == null || ref.territories().comune(domicileComune).isEmpty()) {
            return field("domicile_comune", "not an ISTAT comune code");
        }
        Optional<Cpi> cpi = ref.territories().cpiOf(domicileComune);
        if (cpi.isEmpty()) {
            return field("domicile_comune", "no CPI of the loaded regions serves this comune");
        }
        int isced;
        try {
            isced = Integer.parseInt(educationIsced == null ? "" : educationIsced);
        } catch (NumberFormatException e) {
            isced = -1;
        }
        if (isced < 0 || isced > 8) {
            return field("education_isced", "an ISCED level 0..8");
        }
        LocalDate did;
        try {
            did = LocalDate.parse(didDate == null ? "" : didDate);
        } catch (DateTimeParseException e) {
            return field("did_date", "a date, YYYY-MM-DD");
        }
        if (did.isAfter(today) || did.isBefore(LocalDate.of(2015, 9, 24))) {
            return field("did_date", "between 2015-09-24 (D.Lgs. 150/2015) and today");
        }
        return Outcome.done(new Person(PersonId.random(), code, givenName.strip(), familyName.strip(), code.sex(),
                birth, citizenship, domicileComune, isced, did, cpi.get().code(), 0));
    }

    private static Optional<Refusal> checkName(String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > 100) {
            return Optional.of(new Refusal(ErrorCode.SRV_004, field, "1 to 100 characters"));
        }
        if (!value.strip().matches("[\\p{L}][\\p{L}\\p{M} '\\-.]*")) {
            return Optional.of(new Refusal(ErrorCode.SRV_004, field, "letters, spaces, apostrophes and hyphens only"));
        }
        return Optional.empty();
    }

    private static Outcome<Person> field(String name, String why) {
        return Outcome.refused(new Refusal(ErrorCode.SRV_004, name, why));
    }
}
