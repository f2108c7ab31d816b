package org.openpes.reference.esco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.openpes.reference.source.CsvTable;
import org.openpes.reference.source.ReferenceSource;

/**
 * Loads ESCO from the CSV export. Files are parsed in parallel; relations are checked against the loaded concepts
 * and a relation that does not resolve stops the load naming its file and line.
 */
public final class EscoLoader {
    static final String DIR = "esco/";
    /** Not shipped: a region adds it to its reference overlay (docs/skills.md). */
    static final String ITALIAN_SKILLS = "skills_it.csv";
    private static final Map<String, String> COLLECTIONS = Map.of(
            "green", "greenSkillsCollection_en.csv",
            "digital", "digitalSkillsCollection_en.csv",
            "language", "languageSkillsCollection_en.csv",
            "transversal", "transversalSkillsCollection_en.csv");

    private final ReferenceSource source;
    private final Executor executor;

    public EscoLoader(ReferenceSource source, Executor executor) {
        this.source = source;
        this.executor = executor;
    }

    /** The parts of the classification, filled in by the parallel loaders. */
    static final class Parts {
        Map<String, Occupation> occupations;
        Map<String, Skill> skills;
        Map<String, IscoGroup> iscoGroups;
        Map<String, SkillGroup> skillGroups;
        List<OccupationSkill> occupationSkills;
        Map<String, List<OccupationSkill>> skillsByOccupation;
        List<SkillRelation> skillRelations;
        Map<String, String> occupationBroader;
        Map<String, List<String>> skillBroader;
        Map<String, String> skillsHierarchyBroader;
        Map<String, Set<String>> collections;
        List<OccupationLabel> occupationLabels;
        /** Skill labels from a region's skills_it.csv (preferred first), by skill URI; empty without that file. */
        Map<String, List<String>> italianSkillLabels = Map.of();
        Set<String> unlisted;
    }

    public CompletableFuture<Esco> loadAsync() {
        Parts p = new Parts();
        p.unlisted = unlisted();
        var occ = async(() -> p.occupations = occupations());
        var sk = async(() -> p.skills = skills(p));
        var isco = async(() -> p.iscoGroups = iscoGroups());
        var groups = async(() -> p.skillGroups = skillGroups());
        var labels = async(() -> p.occupationLabels = labels());
        var concepts = CompletableFuture.allOf(occ, sk, isco, groups);
        var rel = concepts.thenRunAsync(() -> occupationSkills(p), executor);
        var skRel = concepts.thenRunAsync(() -> p.skillRelations = skillRelations(p), executor);
        var occB = concepts.thenRunAsync(() -> p.occupationBroader = occupationBroader(p), executor);
        var skB = concepts.thenRunAsync(() -> p.skillBroader = skillBroader(p), executor);
        var hier = concepts.thenRunAsync(() -> p.skillsHierarchyBroader = skillsHierarchy(p), executor);
        var coll = concepts.thenRunAsync(() -> p.collections = collections(p), executor);
        return CompletableFuture.allOf(rel, skRel, occB, skB, hier, coll, labels).thenApply(v -> new Esco(p));
    }

    private CompletableFuture<Void> async(Runnable r) {
        return CompletableFuture.runAsync(r, executor);
    }

    private static List<String> lines(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(field.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Map<String, Occupation> occupations() {
        Map<String, Occupation> out = new LinkedHashMap<>(4096);
        CsvTable.csv(source, DIR + "occupations_en.csv").forEach(
                List.of("conceptUri", "code", "iscoGroup", "preferredLabel", "altLabels"), r -> {
                    Occupation o = new Occupation(r.required("conceptUri"), r.get("code"), r.required("iscoGroup"),
                            r.required("preferredLabel"), lines(r.get("altLabels")));
                    if (out.put(o.uri(), o) != null) {
                        throw r.fail("duplicate occupation " + o.uri());
                    }
                });
        return out;
    }

    private Map<String, Skill> skills(Parts p) {
        Map<String, Skill> out = new LinkedHashMap<>(16384);
        CsvTable.csv(source, DIR + "skills_en.csv").forEach(
                List.of("conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels"), r -> {
                    Skill s = new Skill(r.required("conceptUri"), r.get("skillType"), r.get("reuseLevel"),
                            r.required("preferredLabel"), lines(r.get("altLabels")));
                    if (out.put(s.uri(), s) != null) {
                        throw r.fail("duplicate skill " + s.uri());
                    }
                });
        if (source.exists(DIR + ITALIAN_SKILLS)) {
            p.italianSkillLabels = addLabels(out, ITALIAN_SKILLS);
        }
        return out;
    }

    /**
     * Skill labels in another language (the ESCO portal's skills file of that language, same columns), which a region
     * places in its reference overlay: each label joins the skill's alternative labels (which skill extraction reads),
     * and is returned by skill URI for look-ups in that language. A row naming a skill that is not in ESCO stops
     * loading with its file and line.
     */
    private Map<String, List<String>> addLabels(Map<String, Skill> skills, String file) {
        Map<String, List<String>> byUri = new LinkedHashMap<>();
        CsvTable.csv(source, DIR + file).forEach(List.of("conceptUri", "preferredLabel", "altLabels"), r -> {
            String uri = r.required("conceptUri");
            Skill s = skills.get(uri);
            if (s == null) {
                throw r.fail("unknown skill " + uri);
            }
            List<String> own = new java.util.ArrayList<>();
            own.add(r.required("preferredLabel"));
            own.addAll(lines(r.get("altLabels")));
            byUri.computeIfAbsent(uri, k -> new java.util.ArrayList<>()).addAll(own);
            List<String> labels = new java.util.ArrayList<>(s.altLabels());
            labels.addAll(own);
            skills.put(uri, new Skill(s.uri(), s.skillType(), s.reuseLevel(), s.preferredLabel(), List.copyOf(labels)));
        });
        return byUri;
    }

    private Map<String, IscoGroup> iscoGroups() {
        Map<String, String> italian = new HashMap<>();
        CsvTable.csv(source, DIR + "ISCOGroups_it_esco_v1.1.csv").forEach(List.of("conceptUri", "preferredLabel"),
                r -> italian.put(r.required("conceptUri"), r.required("preferredLabel")));
        Map<String, IscoGroup> out = new LinkedHashMap<>();
        CsvTable.csv(source, DIR + "ISCOGroups_en.csv").forEach(List.of("conceptUri", "code", "preferredLabel"), r -> {
            String uri = r.required("conceptUri");
            out.put(uri, new IscoGroup(uri, r.required("code"), r.required("preferredLabel"), italian.get(uri)));
        });
        return out;
    }

    private Map<String, SkillGroup> skillGroups() {
        Map<String, SkillGroup> out = new LinkedHashMap<>();
        CsvTable.csv(source, DIR + "skillGroups_en.csv").forEach(List.of("conceptUri", "code", "preferredLabel"),
                r -> out.put(r.required("conceptUri"),
                        new SkillGroup(r.required("conceptUri"), r.get("code"), r.required("preferredLabel"))));
        return out;
    }

    private void occupationSkills(Parts p) {
        List<OccupationSkill> out = new ArrayList<>(130_000);
        Map<String, List<OccupationSkill>> byOcc = new HashMap<>(4096);
        CsvTable.csv(source, DIR + "occupationSkillRelations.csv").forEach(
                List.of("occupationUri", "relationType", "skillUri"), r -> {
                    String occ = r.required("occupationUri");
                    String skill = r.required("skillUri");
                    if (!p.occupations.containsKey(occ) && !p.unlisted.contains(occ)) {
                        throw r.fail("occupation " + occ + " does not resolve");
                    }
                    if (!p.skills.containsKey(skill)) {
                        throw r.fail("skill " + skill + " does not resolve");
                    }
                    OccupationSkill os = new OccupationSkill(occ, skill, essential(r));
                    out.add(os);
                    byOcc.computeIfAbsent(occ, k -> new ArrayList<>()).add(os);
                });
        p.occupationSkills = out;
        p.skillsByOccupation = byOcc;
    }

    private static boolean essential(CsvTable.Row r) {
        String type = r.required("relationType");
        if (!type.equals("essential") && !type.equals("optional")) {
            throw r.fail("relationType must be essential or optional, got '" + type + "'");
        }
        return type.equals("essential");
    }

    private List<SkillRelation> skillRelations(Parts p) {
        List<SkillRelation> out = new ArrayList<>();
        CsvTable.csv(source, DIR + "skillSkillRelations.csv").forEach(
                List.of("originalSkillUri", "relationType", "relatedSkillUri"), r -> {
                    String from = r.required("originalSkillUri");
                    String to = r.required("relatedSkillUri");
                    if (!p.skills.containsKey(from) || !p.skills.containsKey(to)) {
                        throw r.fail("skill relation " + from + " -> " + to + " does not resolve");
                    }
                    out.add(new SkillRelation(from, to, essential(r)));
                });
        return out;
    }

    private Map<String, String> occupationBroader(Parts p) {
        Map<String, String> out = new HashMap<>();
        CsvTable.csv(source, DIR + "broaderRelationsOccPillar.csv").forEach(List.of("conceptUri", "broaderUri"), r -> {
            String child = r.required("conceptUri");
            String parent = r.required("broaderUri");
            if (!isOccupationConcept(p, child) || !isOccupationConcept(p, parent)) {
                throw r.fail("broader relation " + child + " -> " + parent + " does not resolve");
            }
            if (out.put(child, parent) != null) {
                throw r.fail(child + " has more than one broader concept in the occupations pillar");
            }
        });
        return out;
    }

    private static boolean isOccupationConcept(Parts p, String uri) {
        return p.occupations.containsKey(uri) || p.iscoGroups.containsKey(uri)
                || p.unlisted.contains(uri);
    }

    private Map<String, List<String>> skillBroader(Parts p) {
        Map<String, List<String>> out = new HashMap<>();
        CsvTable.csv(source, DIR + "broaderRelationsSkillPillar.csv").forEach(List.of("conceptUri", "broaderUri"),
                r -> {
                    String child = r.required("conceptUri");
                    String parent = r.required("broaderUri");
                    if (!isSkillConcept(p, child) || !isSkillConcept(p, parent)) {
                        throw r.fail("broader relation " + child + " -> " + parent + " does not resolve");
                    }
                    out.computeIfAbsent(child, k -> new ArrayList<>(1)).add(parent);
                });
        return out;
    }

    private static boolean isSkillConcept(Parts p, String uri) {
        return p.skills.containsKey(uri) || p.skillGroups.containsKey(uri) || p.unlisted.contains(uri);
    }

    private Map<String, String> skillsHierarchy(Parts p) {
        Map<String, String> out = new HashMap<>();
        List<String> cols = List.of("Level 0 URI", "Level 1 URI", "Level 2 URI", "Level 3 URI");
        CsvTable.csv(source, DIR + "skillsHierarchy_en.csv").allowShortRows().forEach(cols, r -> {
            String parent = null;
            for (String col : cols) {
                String uri = r.get(col);
                if (uri.isEmpty()) {
                    break;
                }
                if (!isSkillConcept(p, uri)) {
                    throw r.fail(col + " " + uri + " does not resolve");
                }
                if (parent != null) {
                    String previous = out.putIfAbsent(uri, parent);
                    if (previous != null && !previous.equals(parent)) {
                        throw r.fail(uri + " appears under two parents in the skills hierarchy");
                    }
                }
                parent = uri;
            }
        });
        return out;
    }

    private Map<String, Set<String>> collections(Parts p) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        COLLECTIONS.forEach((name, file) -> {
            Set<String> members = new HashSet<>();
            CsvTable.csv(source, DIR + file).forEach(List.of("conceptUri"), r -> {
                String uri = r.required("conceptUri");
                if (!p.skills.containsKey(uri)) {
                    throw r.fail("skill " + uri + " does not resolve");
                }
                members.add(uri);
            });
            out.put(name, Set.copyOf(members));
        });
        return out;
    }

    /**
     * Concepts that the ESCO v1.1.1 CSV export references but does not list (see known_unlisted_concepts.csv). Only
     * these may be referenced without being loaded; any other unresolved URI is a corrupt file.
     */
    private Set<String> unlisted() {
        Set<String> out = new HashSet<>();
        CsvTable.csv(source, DIR + "known_unlisted_concepts.csv").forEach(List.of("uri", "concept_type", "note"),
                r -> out.add(r.required("uri")));
        return Set.copyOf(out);
    }

    private List<OccupationLabel> labels() {
        List<OccupationLabel> out = new ArrayList<>(140_000);
        CsvTable.withSeparator(source, DIR + "occupation_labels_multilang.tsv", '\t').forEach(
                List.of("esco_uri", "lang", "form_index", "label"),
                r -> out.add(new OccupationLabel(r.required("esco_uri"), r.required("lang"),
                        "000".equals(r.get("form_index")), r.required("label"))));
        return out;
    }
}
