package org.openpes.reference.co;

/** The contract groups used by indicators (the from → to of transformations, the breakdown "contract"). */
public enum ContractGroup {
    PERMANENT, FIXED_TERM, APPRENTICESHIP, TEMP_AGENCY, INTERMITTENT, PARASUBORDINATE, TRAINEESHIP_OTHER
}
