package org.openpes.core.co;

/**
 * Whether a communication is new, corrects an earlier one (rettifica: it supersedes it entirely) or annuls it
 * (annullamento: the earlier communication is void).
 */
public enum CommunicationKind {
    ORDINARY, CORRECTION, ANNULMENT
}
