package org.openpes.core.code;

import java.util.regex.Pattern;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * An ATECO code at any level: section (C), division (10), group (10.1), class (10.11), category (10.11.0) or
 * subcategory (10.11.00). Membership in ATECO 2007 or 2025 is checked by the reference data, not here.
 */
public record AtecoCode(String code) {
    private static final Pattern SHAPE = Pattern.compile("[A-U]|\\d{2}(\\.\\d{1,2}(\\.\\d{1,2})?)?");

    public AtecoCode {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new OpenPesException(ErrorCode.VAL_009, "ateco", code);
        }
    }

    public boolean isSection() {
        return code.length() == 1;
    }

    /** The division (first two digits), or empty for a section. */
    public String division() {
        return isSection() ? "" : code.substring(0, 2);
    }

    @Override
    public String toString() {
        return code;
    }
}
