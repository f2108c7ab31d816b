package org.openpes.core.co;

/** What a comunicazione obbligatoria reports (UNILAV sections: inizio, proroga, trasformazione, cessazione). */
public enum CoEventType {
    HIRE, EXTENSION, TRANSFORMATION, TERMINATION
}
