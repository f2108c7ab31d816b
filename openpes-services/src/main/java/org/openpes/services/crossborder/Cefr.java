package org.openpes.services.crossborder;

/** The levels of the Common European Framework of Reference for Languages, lowest first. */
public enum Cefr {
    A1, A2, B1, B2, C1, C2
}
