package org.openpes.operational.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openpes.core.identity.EmployerCode;
import org.openpes.core.identity.FiscalCode;

/** The checks applied to fields of load files; each returns null when the value is good, else what is wrong. */
final class Checks {
    private Checks() {
    }

    static Function<String, String> any() {
        return v -> null;
    }

    static Function<String, String> date() {
        return v -> {
            try {
                LocalDate.parse(v);
                return null;
            } catch (DateTimeParseException e) {
                return "is not a date (YYYY-MM-DD)";
            }
        };
    }

    static Function<String, String> intBetween(int min, int max) {
        return v -> {
            try {
                int n = Integer.parseInt(v);
                return n < min || n > max ? "is out of range " + min + ".." + max : null;
            } catch (NumberFormatException e) {
                return "is not a whole number";
            }
        };
    }

    static Function<String, String> oneOf(Set<String> values) {
        return v -> values.contains(v) ? null : "is not one of " + values;
    }

    static Function<String, String> matches(String regex, String what) {
        return v -> v.matches(regex) ? null : "is not " + what;
    }

    static Function<String, String> known(Predicate<String> exists, String what) {
        return v -> exists.test(v) ? null : "is not a known " + what;
    }

    static Function<String, String> fiscalCode() {
        return v -> !v.equals(v.toUpperCase(java.util.Locale.ROOT)) ? "must be written in capitals"
                : FiscalCode.isValid(v) ? null : "is not a valid fiscal code";
    }

    /** A birth date: a date, of someone at least 14 and born after 1900. */
    static Function<String, String> birthDate(LocalDate today) {
        return v -> {
            String notADate = date().apply(v);
            if (notADate != null) {
                return notADate;
            }
            LocalDate d = LocalDate.parse(v);
            return d.isBefore(LocalDate.of(1900, 1, 1)) || d.isAfter(today.minusYears(14))
                    ? "is not the birth date of someone of working age (1900 to 14 years ago)" : null;
        };
    }

    /** A job seeker's sex and birth date must be the ones their fiscal code encodes. */
    static String seekerAgreesWithFiscalCode(java.util.List<String> names, String[] values) {
        FiscalCode code = FiscalCode.parse(values[names.indexOf("fiscal_code")]);
        String birth = values[names.indexOf("birth_date")];
        String sex = values[names.indexOf("sex")];
        if (!code.sex().name().equals(sex)) {
            return "column 'sex' differs from the sex the fiscal code encodes";
        }
        LocalDate d = LocalDate.parse(birth);
        if (!code.birthDate(d.getYear()).equals(d)) {
            return "column 'birth_date' differs from the birth date the fiscal code encodes";
        }
        return null;
    }

    static Function<String, String> employerCode() {
        return v -> {
            try {
                new EmployerCode(v);
                return null;
            } catch (RuntimeException e) {
                return "is not a valid employer code";
            }
        };
    }
}
