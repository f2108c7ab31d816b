package org.openpes.core.code;

import java.util.regex.Pattern;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** A NUTS code of levels 0 to 3 (IT, ITC, ITC4, ITC4C). */
public record NutsCode(String code) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,3}");

    public NutsCode {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new OpenPesException(ErrorCode.VAL_012, "nuts", code);
        }
    }

    public int level() {
        return code.length() - 2;
    }

    @Override
    public String toString() {
        return code;
    }
}
