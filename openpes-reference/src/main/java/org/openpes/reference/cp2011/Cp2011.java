package org.openpes.reference.cp2011;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CP2011 classification (fifth level) and the official crosswalk to ESCO occupations. */
public final class Cp2011 {
    private final Map<String, Cp2011Occupation> occupations;
    private final Map<String, List<CrosswalkLink>> links;

    Cp2011(Map<String, Cp2011Occupation> occupations, Map<String, List<CrosswalkLink>> links) {
        this.occupations = occupations;
        this.links = links;
    }

    public Optional<Cp2011Occupation> occupation(String code) {
        return Optional.ofNullable(occupations.get(code));
    }

    public Collection<Cp2011Occupation> occupations() {
        return occupations.values();
    }

    /** The ESCO occupations linked to a CP2011 code, exact and close matches first. */
    public List<CrosswalkLink> escoLinks(String code) {
        return links.getOrDefault(code, List.of());
    }
}
