package org.openpes.services.patto;

/** The five paths of the GOL programme (PNRR). */
public enum GolPath {
    REINSERIMENTO(1), AGGIORNAMENTO(2), RIQUALIFICAZIONE(3), LAVORO_E_INCLUSIONE(4), RICOLLOCAZIONE_COLLETTIVA(5);

    private final int number;

    GolPath(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
