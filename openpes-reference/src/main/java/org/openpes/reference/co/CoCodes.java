package org.openpes.reference.co;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The code tables of the Comunicazioni Obbligatorie. A look-up of an unknown code returns empty: callers report it
 * with its field and row, and never guess.
 */
public final class CoCodes {
    private final Map<String, ContractType> contractTypes;
    private final Map<String, CodeEntry> workingTimes;
    private final Map<String, CodeEntry> moduleTypes;
    private final Map<String, CodeEntry> terminationReasons;
    private final Map<String, TransformationType> transformationTypes;

    CoCodes(Map<String, ContractType> contractTypes, Map<String, CodeEntry> workingTimes,
            Map<String, CodeEntry> moduleTypes, Map<String, CodeEntry> terminationReasons,
            Map<String, TransformationType> transformationTypes) {
        this.contractTypes = contractTypes;
        this.workingTimes = workingTimes;
        this.moduleTypes = moduleTypes;
        this.terminationReasons = terminationReasons;
        this.transformationTypes = transformationTypes;
    }

    public Optional<ContractType> contractType(String code) {
        return Optional.ofNullable(contractTypes.get(code));
    }

    public Optional<CodeEntry> workingTime(String code) {
        return Optional.ofNullable(workingTimes.get(code));
    }

    public Optional<CodeEntry> moduleType(String code) {
        return Optional.ofNullable(moduleTypes.get(code));
    }

    public Optional<CodeEntry> terminationReason(String code) {
        return Optional.ofNullable(terminationReasons.get(code));
    }

    public Optional<TransformationType> transformationType(String code) {
        return Optional.ofNullable(transformationTypes.get(code));
    }

    public Collection<ContractType> contractTypes() {
        return contractTypes.values();
    }

    public Collection<CodeEntry> workingTimes() {
        return workingTimes.values();
    }

    public Collection<CodeEntry> moduleTypes() {
        return moduleTypes.values();
    }

    public Collection<CodeEntry> terminationReasons() {
        return terminationReasons.values();
    }

    public Collection<TransformationType> transformationTypes() {
        return transformationTypes.values();
    }
}
