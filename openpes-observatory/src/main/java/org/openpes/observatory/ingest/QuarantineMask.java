package org.openpes.observatory.ingest;

import java.util.regex.Pattern;

/**
 * Takes the personal data out of what the quarantine keeps of a refused row (its raw text and its message): fiscal
 * codes and birth dates. A fiscal code is found by its shape wherever it stands (inside a longer token, in any column,
 * in lower case, with omocodia letters). The birth date is masked wherever its value appears; when the row's columns
 * cannot be trusted (a wrong number of fields, an unclosed quote), every date in it is masked, since any of them may
 * be the birth date. What is left is enough to find and fix the row in the sender's file.
 */
final class QuarantineMask {
    private static final String DIGIT = "[0-9LMNPQRSTUVlmnpqrstuv]";
    private static final Pattern FISCAL_CODE = Pattern.compile(
            "[A-Za-z]{6}" + DIGIT + "{2}[A-Za-z]" + DIGIT + "{2}[A-Za-z]" + DIGIT + "{3}[A-Za-z]");
    private static final Pattern ANY_DATE = Pattern.compile(
            "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");
    static final String FISCAL_CODE_MASK = "################";

    private QuarantineMask() {
    }

    /**
     * {@code text} without fiscal codes and birth dates.
     *
     * @param birthDate the row's birth-date field, or null when the row's columns cannot be trusted
     */
    static String apply(String text, String birthDate) {
        String out = FISCAL_CODE.matcher(text).replaceAll(FISCAL_CODE_MASK);
        if (birthDate == null) {
            return ANY_DATE.matcher(out).replaceAll(m -> "#".repeat(m.group().length()));
        }
        String birth = birthDate.strip();
        return birth.isEmpty() ? out : out.replace(birth, "#".repeat(birth.length()));
    }
}
