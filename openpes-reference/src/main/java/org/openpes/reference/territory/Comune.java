package org.openpes.reference.territory;

/**
 * An Italian comune as published by ISTAT (SITUAS): ISTAT code, name, province (UTS) and region, NUTS-3 code and
 * the cadastral code used in the codice fiscale. {@code provinceCapital} marks the capoluogo of its UTS.
 */
public record Comune(String code, String name, String provinceCode, String provinceName, String provinceAbbreviation,
        String regionCode, String regionName, String nuts3, String cadastralCode, boolean provinceCapital) {

    /** The historical province code (first 3 digits of the ISTAT code), used by the province map. */
    public String historicalProvinceCode() {
        return code.substring(0, 3);
    }
}
