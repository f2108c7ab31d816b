package org.openpes.core.code;

import java.util.regex.Pattern;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** The ISTAT code of a comune (PRO_COM_T: 3 digits of the province/UTS, 3 of the comune), e.g. 015146 Milano. */
public record IstatComune(String code) {
    private static final Pattern SHAPE = Pattern.compile("\\d{6}");

    public IstatComune {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new OpenPesException(ErrorCode.VAL_008, "comune", code);
        }
    }

    /** The province (UTS) part, e.g. 015. */
    public String provinceCode() {
        return code.substring(0, 3);
    }

    @Override
    public String toString() {
        return code;
    }
}
