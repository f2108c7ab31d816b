package org.openpes.reference.esco;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The loaded ESCO classification. Immutable once built by {@link EscoLoader}; every relation and hierarchy edge
 * resolves to a loaded concept (the loader refuses a file where one does not).
 */
public final class Esco {
    /** Languages of the multilingual occupation labels. */
    public static final List<String> OCCUPATION_LANGUAGES = List.of("it", "en", "fr", "es", "de", "nl", "sv");

    private final Map<String, Occupation> occupations;
    private final Map<String, Skill> skills;
    private final Map<String, IscoGroup> iscoGroups;
    private final Map<String, SkillGroup> skillGroups;
    private final List<OccupationSkill> occupationSkills;
    private final Map<String, List<OccupationSkill>> skillsByOccupation;
    private final List<SkillRelation> skillRelations;
    private final Map<String, String> occupationBroader;
    private final Map<String, List<String>> skillBroader;
    private final Map<String, String> skillsHierarchyBroader;
    private final Map<String, Set<String>> collections;
    private final List<OccupationLabel> occupationLabels;
    private final Map<String, List<String>> italianSkillLabels;
    private final LabelIndex labels;
    private final Set<String> unlistedConcepts;
    private final Map<String, Map<String, String>> preferredByUri = new java.util.HashMap<>();

    Esco(EscoLoader.Parts p) {
        this.occupations = p.occupations;
        this.skills = p.skills;
        this.iscoGroups = p.iscoGroups;
        this.skillGroups = p.skillGroups;
        this.occupationSkills = p.occupationSkills;
        this.skillsByOccupation = p.skillsByOccupation;
        this.skillRelations = p.skillRelations;
        this.occupationBroader = p.occupationBroader;
        this.skillBroader = p.skillBroader;
        this.skillsHierarchyBroader = p.skillsHierarchyBroader;
        this.collections = p.collections;
        this.occupationLabels = p.occupationLabels;
        this.italianSkillLabels = p.italianSkillLabels;
        this.unlistedConcepts = p.unlisted;
        for (OccupationLabel l : occupationLabels) {
            if (l.preferred()) {
                preferredByUri.computeIfAbsent(l.uri(), k -> new java.util.TreeMap<>()).put(l.lang(), l.text());
            }
        }
        this.labels = new LabelIndex(this);
    }

    public Optional<Occupation> occupation(String uri) {
        return Optional.ofNullable(occupations.get(uri));
    }

    public Optional<Skill> skill(String uri) {
        return Optional.ofNullable(skills.get(uri));
    }

    public Optional<IscoGroup> iscoGroup(String uriOrCode) {
        IscoGroup g = iscoGroups.get(uriOrCode);
        return Optional.ofNullable(g != null ? g : iscoGroups.get("http://data.europa.eu/esco/isco/C" + uriOrCode));
    }

    public Collection<Occupation> occupations() {
        return occupations.values();
    }

    public Collection<Skill> skills() {
        return skills.values();
    }

    public Collection<IscoGroup> iscoGroups() {
        return iscoGroups.values();
    }

    public Collection<SkillGroup> skillGroups() {
        return skillGroups.values();
    }

    public List<OccupationSkill> occupationSkills() {
        return occupationSkills;
    }

    /** The essential and optional skills of an occupation (empty for an unknown URI). */
    public List<OccupationSkill> skillsOf(String occupationUri) {
        return skillsByOccupation.getOrDefault(occupationUri, List.of());
    }

    public List<SkillRelation> skillRelations() {
        return skillRelations;
    }

    /** Occupations pillar: child URI → its one broader concept (an occupation or an ISCO group). */
    public Map<String, String> occupationBroader() {
        return occupationBroader;
    }

    /** Skills pillar: child URI → its broader concepts (ESCO's skill pillar is a polyhierarchy). */
    public Map<String, List<String>> skillBroader() {
        return skillBroader;
    }

    /** The skills hierarchy (levels 0–3 of skill groups): child URI → parent URI. */
    public Map<String, String> skillsHierarchyBroader() {
        return skillsHierarchyBroader;
    }

    /** Collections by name: green, digital, language, transversal. */
    public Map<String, Set<String>> collections() {
        return collections;
    }

    /** Italian skill labels by skill URI, when the region's overlay carries them (docs/reference-data.md). */
    Map<String, List<String>> italianSkillLabels() {
        return italianSkillLabels;
    }

    public List<OccupationLabel> occupationLabels() {
        return occupationLabels;
    }

    /** The preferred label of an occupation or ISCO group in each language of the multilingual labels. */
    public Map<String, String> preferredLabels(String uri) {
        return preferredByUri.getOrDefault(uri, Map.of());
    }

    /** URIs that the export references without listing them (known defects of the v1.1.1 CSV export). */
    public Set<String> unlistedConcepts() {
        return unlistedConcepts;
    }

    public LabelIndex labels() {
        return labels;
    }

    /** The ISCO-08 unit group (4 digits) of an occupation. */
    public Optional<IscoGroup> iscoOf(Occupation occupation) {
        return iscoGroup(occupation.iscoCode());
    }
}
