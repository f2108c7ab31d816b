package org.openpes.core.identity;

import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * The code that identifies an employer in a CO: the codice fiscale of a company (11 digits, same algorithm as the
 * partita IVA) or of a sole trader (16 characters).
 */
public record EmployerCode(String value) {
    public EmployerCode {
        if (value == null || value.isBlank()) {
            throw new OpenPesException(ErrorCode.VAL_001, "employer_code");
        }
        if (value.length() == 11) {
            new PartitaIva(value);
        } else if (value.length() == 16) {
            FiscalCode.parse("employer_code", value);
        } else {
            throw new OpenPesException(ErrorCode.VAL_017, "employer_code");
        }
    }

    public boolean isCompany() {
        return value.length() == 11;
    }
}
