package org.openpes.core.identity;

import java.time.LocalDate;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * A codice fiscale of a natural person (16 characters), valid by construction: layout, omocodia substitutions,
 * a possible birth date and the check character are all verified.
 *
 * <p>Layout: 3 surname letters, 3 name letters, 2 year digits, a month letter, 2 day digits (+40 for women),
 * a cadastral code (letter + 3 digits) and a check letter. Under omocodia the digits at positions 7, 8, 10, 11,
 * 13, 14, 15 (1-based) may be replaced by the letters {@code LMNPQRSTUV}. {@link #toString()} never prints the code
 * in full, so that a log line cannot leak it; use {@link #value()} deliberately.
 */
public final class FiscalCode {
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    private static final int[] ODD_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    private final String value;

    private FiscalCode(String value) {
        this.value = value;
    }

    /** Parses and validates; {@code field} names the input field in error messages. */
    public static FiscalCode parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new OpenPesException(ErrorCode.VAL_001, field);
        }
        String v = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.length() != 16) {
            throw new OpenPesException(ErrorCode.VAL_002, field, v.length());
        }
        for (int i = 0; i < 16; i++) {
            if (!validAt(i, v.charAt(i))) {
                throw new OpenPesException(ErrorCode.VAL_003, field, i + 1);
            }
        }
        if (checkChar(v) != v.charAt(15)) {
            throw new OpenPesException(ErrorCode.VAL_004, field);
        }
        FiscalCode code = new FiscalCode(v);
        int day = code.dayField();
        if (day > 40) {
            day -= 40;
        }
        int month = MONTHS.indexOf(v.charAt(8)) + 1;
        int yy = code.decodedDigits(6, 2);
        // Valid in at least one century (29 February needs a leap year).
        if (!isDate(1900 + yy, month, day) && !isDate(2000 + yy, month, day)) {
            throw new OpenPesException(ErrorCode.VAL_005, field);
        }
        return code;
    }

    public static FiscalCode parse(String raw) {
        return parse("fiscal_code", raw);
    }

    /** True when {@code raw} is a valid fiscal code; never throws. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (OpenPesException e) {
            return false;
        }
    }

    /**
     * Builds the code of a person from the six name letters (surname then name, already encoded), the birth date,
     * the sex and the cadastral code of the birthplace (or {@code Z...} for a foreign country). Used by the generator.
     */
    public static FiscalCode compose(String nameLetters, LocalDate birthDate, Sex sex, String cadastralCode) {
        StringBuilder sb = new StringBuilder(16);
        sb.append(nameLetters);
        int yy = birthDate.getYear() % 100;
        sb.append((char) ('0' + yy / 10)).append((char) ('0' + yy % 10));
        sb.append(MONTHS.charAt(birthDate.getMonthValue() - 1));
        int day = birthDate.getDayOfMonth() + (sex == Sex.F ? 40 : 0);
        sb.append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
        sb.append(cadastralCode);
        for (int i = 0; i < 15; i++) {
            if (!validAt(i, sb.charAt(i))) {
                throw new OpenPesException(ErrorCode.VAL_003, "fiscal_code", i + 1);
            }
        }
        sb.append(checkChar(sb));
        // Layout, check character and date are right by construction: no need to parse again.
        return new FiscalCode(sb.toString());
    }

    /**
     * Writes the 16 ASCII bytes of the code composed as by {@link #compose} into {@code dst} at {@code offset},
     * without creating objects: the fast path for generating millions of codes. Inputs must be well formed
     * (six letters A–Z, a cadastral code of a letter and three digits); the output is then a valid code.
     */
    public static void encode(byte[] dst, int offset, String nameLetters, int year, int month, int day, Sex sex,
            String cadastralCode) {
        for (int i = 0; i < 6; i++) {
            dst[offset + i] = (byte) nameLetters.charAt(i);
        }
        int yy = year % 100;
        dst[offset + 6] = (byte) ('0' + yy / 10);
        dst[offset + 7] = (byte) ('0' + yy % 10);
        dst[offset + 8] = (byte) MONTHS.charAt(month - 1);
        int dd = day + (sex == Sex.F ? 40 : 0);
        dst[offset + 9] = (byte) ('0' + dd / 10);
        dst[offset + 10] = (byte) ('0' + dd % 10);
        for (int i = 0; i < 4; i++) {
            dst[offset + 11 + i] = (byte) cadastralCode.charAt(i);
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int c = dst[offset + i];
            int ord = c <= '9' ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD_VALUES[ord] : ord;
        }
        dst[offset + 15] = (byte) ('A' + sum % 26);
    }

    /**
     * What a code written in canonical form (16 upper-case ASCII bytes at {@code b[at]}) encodes of its holder, packed
     * as {@code yy * 10_000 + month * 100 + dayField} (the day field is the day, plus 40 for women), or -1 when
     * {@link #parse} would refuse those bytes. The fast path of bulk checks: it creates no objects. A code in another
     * form (lower case, surrounding spaces) gives -1 too; {@link #parse} is the reference for those.
     */
    public static int decodeCanonical(byte[] b, int at) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = (char) (b[at + i] & 0xff);
            if (!validAt(i, c)) {
                return -1;
            }
            int ord = c <= '9' ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD_VALUES[ord] : ord;
        }
        if (b[at + 15] != 'A' + sum % 26) {
            return -1;
        }
        int yy = digit(b[at + 6]) * 10 + digit(b[at + 7]);
        int month = MONTHS.indexOf(b[at + 8]) + 1;
        int dayField = digit(b[at + 9]) * 10 + digit(b[at + 10]);
        int day = dayField > 40 ? dayField - 40 : dayField;
        if (!isDate(1900 + yy, month, day) && !isDate(2000 + yy, month, day)) {
            return -1;
        }
        return yy * 10_000 + month * 100 + dayField;
    }

    /** A digit or its omocodia letter, as a number. */
    private static int digit(byte c) {
        return c <= '9' ? c - '0' : OMOCODIA.indexOf(c);
    }

    /**
     * The birth year of a code with two-digit year {@code yy}: the latest century that does not put the birth after
     * {@code referenceYear}, unless the day does not exist in that century's year (29 February).
     */
    public static int birthYear(int yy, int month, int day, int referenceYear) {
        int year = 2000 + yy <= referenceYear ? 2000 + yy : 1900 + yy;
        if (!isDate(year, month, day)) {
            year = year == 2000 + yy ? 1900 + yy : 2000 + yy;
        }
        return year;
    }

    /** The check character for the first 15 characters of {@code code}. */
    static char checkChar(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int ord = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD_VALUES[ord] : ord;
        }
        return (char) ('A' + sum % 26);
    }

    private static boolean validAt(int i, char c) {
        boolean letter = c >= 'A' && c <= 'Z';
        boolean digit = c >= '0' && c <= '9';
        if (i < 6 || i == 11 || i == 15) {
            return letter;
        }
        if (i == 8) {
            return MONTHS.indexOf(c) >= 0;
        }
        return digit || OMOCODIA.indexOf(c) >= 0;
    }

    private static boolean isDate(int y, int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= java.time.Month.of(m).length(java.time.Year.isLeap(y));
    }

    private int decodedDigit(int pos) {
        char c = value.charAt(pos);
        return Character.isDigit(c) ? c - '0' : OMOCODIA.indexOf(c);
    }

    private int decodedDigits(int pos, int len) {
        int n = 0;
        for (int i = 0; i < len; i++) {
            n = n * 10 + decodedDigit(pos + i);
        }
        return n;
    }

    private int dayField() {
        return decodedDigits(9, 2);
    }

    public String value() {
        return value;
    }

    public Sex sex() {
        return dayField() > 40 ? Sex.F : Sex.M;
    }

    /**
     * The birth date; the two-digit year is placed in the latest century that does not put the birth after
     * {@code referenceYear} (a person born in "05" is born in 2005 when the reference is 2024, and 1905 when 2004).
     */
    public LocalDate birthDate(int referenceYear) {
        int yy = decodedDigits(6, 2);
        int day = dayField() % 40;
        int month = MONTHS.indexOf(value.charAt(8)) + 1;
        return LocalDate.of(birthYear(yy, month, day, referenceYear), month, day);
    }

    /** The cadastral code of the birthplace (omocodia decoded), e.g. F205 for Milano, Z... for a foreign country. */
    public String birthplaceCadastralCode() {
        return value.charAt(11) + String.valueOf(decodedDigits(12, 3) + 1000).substring(1);
    }

    /** True when omocodia substitutions are present. */
    public boolean isOmocode() {
        for (int p : DIGIT_POSITIONS) {
            if (!Character.isDigit(value.charAt(p))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalCode f && f.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "FiscalCode[" + value.substring(0, 2) + "************" + value.charAt(15) + "]";
    }
}
