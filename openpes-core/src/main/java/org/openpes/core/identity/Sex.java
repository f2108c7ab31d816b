package org.openpes.core.identity;

/** Sex as recorded in the codice fiscale and in the CO module (M/F). */
public enum Sex {
    M, F;

    public static Sex parse(String field, String value) {
        if ("M".equals(value)) {
            return M;
        }
        if ("F".equals(value)) {
            return F;
        }
        throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.VAL_016, field, value, "M, F");
    }
}
