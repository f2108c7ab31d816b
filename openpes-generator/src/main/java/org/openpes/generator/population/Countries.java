package org.openpes.generator.population;

/**
 * Citizenships of foreign workers (ISO 3166 alpha-2), the cadastral code of the country used in the codice fiscale
 * (Z codes, as known to the author) and a relative weight among foreign workers hired in Lombardy (an approximation).
 */
final class Countries {
    static final String[] ISO = {"RO", "MA", "AL", "CN", "UA", "EG", "IN", "PK", "BD", "PH", "PE", "EC", "SN", "LK",
        "MD"};
    static final String[] CADASTRAL = {"Z129", "Z330", "Z100", "Z210", "Z138", "Z336", "Z222", "Z236", "Z249",
        "Z216", "Z611", "Z605", "Z343", "Z209", "Z140"};
    static final double[] WEIGHT = {22, 10, 10, 7, 6, 7, 5, 4, 4, 5, 4, 3, 4, 3, 2};

    private Countries() {
    }
}
