package org.openpes.reference.co;

/**
 * A CO contract type (tipologia contrattuale, e.g. A.02.00). {@code endDate} says whether a planned end date is
 * required ({@code Y}), forbidden ({@code N}) or optional ({@code O}).
 */
public record ContractType(String code, String description, ContractGroup group, char endDate, String source) {
    public boolean requiresEndDate() {
        return endDate == 'Y';
    }

    public boolean forbidsEndDate() {
        return endDate == 'N';
    }
}
