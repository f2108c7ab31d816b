package org.openpes.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpes.reference.cp2011.CrosswalkLink;
import org.openpes.reference.esco.OccupationSkill;

/**
 * What an occupation held implies: a CP2011 code (as in CO data) becomes an ESCO occupation through the official
 * crosswalk (its closest link first), and an ESCO occupation has its essential and optional skills. Cached; not
 * thread-safe.
 */
public final class OccupationSkills {
    private final ReferenceData ref;
    private final Map<String, Optional<String>> escoByCp = new HashMap<>();
    private final Map<String, List<String>> essentialByOccupation = new HashMap<>();
    private final Map<String, List<String>> optionalByOccupation = new HashMap<>();

    public OccupationSkills(ReferenceData ref) {
        this.ref = ref;
    }

    public Optional<String> escoOccupation(String cp2011) {
        return escoByCp.computeIfAbsent(cp2011, c -> {
            List<CrosswalkLink> links = ref.cp2011().escoLinks(c);
            return links.isEmpty() ? Optional.empty() : Optional.of(links.get(0).escoUri());
        });
    }

    public List<String> essential(String occupationUri) {
        return essentialByOccupation.computeIfAbsent(occupationUri, o -> ref.esco().skillsOf(o).stream()
                .filter(OccupationSkill::essential).map(OccupationSkill::skillUri).toList());
    }

    public List<String> optional(String occupationUri) {
        return optionalByOccupation.computeIfAbsent(occupationUri, o -> ref.esco().skillsOf(o).stream()
                .filter(os -> !os.essential()).map(OccupationSkill::skillUri).toList());
    }
}
