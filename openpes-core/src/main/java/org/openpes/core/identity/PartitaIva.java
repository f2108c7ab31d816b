package org.openpes.core.identity;

import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** A partita IVA (Italian VAT number, 11 digits, Luhn-style check digit), valid by construction. */
public record PartitaIva(String value) {
    private static final java.util.regex.Pattern ELEVEN_DIGITS = java.util.regex.Pattern.compile("\\d{11}");

    public PartitaIva {
        if (value == null || value.isBlank()) {
            throw new OpenPesException(ErrorCode.VAL_001, "partita_iva");
        }
        if (!ELEVEN_DIGITS.matcher(value).matches()) {
            throw new OpenPesException(ErrorCode.VAL_006, "partita_iva");
        }
        if (checkDigit(value) != value.charAt(10) - '0') {
            throw new OpenPesException(ErrorCode.VAL_007, "partita_iva");
        }
    }

    /** The check digit for the first 10 digits of {@code digits}. */
    public static int checkDigit(CharSequence digits) {
        return checkDigit(i -> digits.charAt(i) - '0');
    }

    /** {@link #isValid(String)} for the ASCII bytes {@code b[from, to)}, without creating a string. */
    public static boolean isValid(byte[] b, int from, int to) {
        if (to - from != 11) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return checkDigit(i -> b[from + i] - '0') == b[from + 10] - '0';
    }

    private static int checkDigit(java.util.function.IntUnaryOperator digitAt) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digitAt.applyAsInt(i);
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** Builds a valid partita IVA from its first 10 digits (7 serial digits + 3 digits of the tax office). */
    public static PartitaIva withCheckDigit(String firstTen) {
        return new PartitaIva(firstTen + checkDigit(firstTen));
    }

    public static boolean isValid(String raw) {
        return raw != null && ELEVEN_DIGITS.matcher(raw).matches() && checkDigit(raw) == raw.charAt(10) - '0';
    }
}
