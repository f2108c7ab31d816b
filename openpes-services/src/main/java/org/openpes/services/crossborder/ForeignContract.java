package org.openpes.services.crossborder;

/**
 * The contracts of a French vacancy as the feed names them, each with the CO contract type closest to it (what the
 * matcher compares with a person's preferred contract).
 */
public enum ForeignContract {
    CDI("A.01.00"), CDD("A.02.00"), SAISONNIER("A.02.00"), INTERIM("A.06.01"), APPRENTISSAGE("A.03.02");

    private final String coContractType;

    ForeignContract(String coContractType) {
        this.coContractType = coContractType;
    }

    public String coContractType() {
        return coContractType;
    }
}
