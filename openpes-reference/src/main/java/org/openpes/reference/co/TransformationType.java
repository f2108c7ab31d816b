package org.openpes.reference.co;

import java.util.Optional;
import java.util.Set;

/**
 * A transformation of a running contract. It applies to contracts of {@code fromGroups}; {@code toGroup} is the
 * group after it, or empty when the group does not change (part-time ↔ full-time, transfer, secondment).
 */
public record TransformationType(String code, String description, Set<ContractGroup> fromGroups,
        Optional<ContractGroup> toGroup, String source) {

    public boolean appliesTo(ContractGroup group) {
        return fromGroups.contains(group);
    }
}
