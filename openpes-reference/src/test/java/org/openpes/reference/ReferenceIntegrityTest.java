package org.openpes.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.reference.ateco.AtecoActivity;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.OccupationSkill;
import org.openpes.reference.territory.Comune;

/** Integrity of the real reference data carried in the product: exact counts, resolution, trees. */
class ReferenceIntegrityTest {
    static ReferenceData ref;

    @BeforeAll
    static void load() {
        ref = ReferenceData.load();
    }

    @Test
    void escoHasTheExactCountsOfVersion111() {
        Esco esco = ref.esco();
        assertThat(esco.occupations()).hasSize(3007);
        assertThat(esco.skills()).hasSize(13_896);
        assertThat(esco.occupationSkills()).hasSize(123_855);
        assertThat(esco.occupationSkills().stream().filter(OccupationSkill::essential).count())
                .isBetween(60_000L, 70_000L);
        assertThat(esco.skillGroups().stream().filter(g -> g.isIscedField()).count()).isEqualTo(220);
        assertThat(esco.collections().keySet()).containsExactlyInAnyOrder("green", "digital", "language",
                "transversal");
        // counts of the v1.1.1 collection files
        assertThat(esco.collections().get("green")).hasSize(570);
        assertThat(esco.collections().get("digital")).hasSize(1201);
    }

    @Test
    void everyEscoRelationResolves() {
        Esco esco = ref.esco();
        int dangling = 0;
        for (OccupationSkill os : esco.occupationSkills()) {
            assertThat(esco.skill(os.skillUri())).isPresent();
            if (esco.occupation(os.occupationUri()).isEmpty()) {
                assertThat(ref.esco().unlistedConcepts()).contains(os.occupationUri());
                dangling++;
            }
        }
        // The v1.1.1 export lists one occupation in its relations but not in occupations_en.csv.
        assertThat(dangling).isEqualTo(67);
        assertThat(esco.unlistedConcepts()).hasSize(8);
        esco.occupations().forEach(o -> assertThat(esco.iscoOf(o)).as(o.uri()).isPresent());
        assertThat(esco.skillRelations()).hasSize(5899);
    }

    @Test
    void theOccupationsPillarIsOneTreeRootedInTheIscoMajorGroups() {
        Map<String, String> broader = ref.esco().occupationBroader();
        for (String node : broader.keySet()) {
            String root = rootOf(node, broader);
            if (ref.esco().unlistedConcepts().contains(node)) {
                continue;
            }
            assertThat(root).as(node).matches("http://data.europa.eu/esco/isco/C\\d");
        }
        // Every occupation has exactly one parent (checked at load) and reaches a root (checked above).
        ref.esco().occupations().forEach(o -> assertThat(broader).containsKey(o.uri()));
    }

    @Test
    void theSkillsHierarchyIsATreeAndTheSkillsPillarIsAnAcyclicPolyhierarchy() {
        Map<String, String> tree = ref.esco().skillsHierarchyBroader();
        tree.keySet().forEach(n -> assertThat(rootOf(n, tree)).isNotNull());
        assertThat(tree.values()).allSatisfy(p -> assertThat(rootOf(p, tree)).isNotNull());
        Map<String, List<String>> pillar = ref.esco().skillBroader();
        long multiParent = pillar.values().stream().filter(p -> p.size() > 1).count();
        assertThat(multiParent).as("ESCO's skill pillar is a polyhierarchy by design").isEqualTo(4646);
        Map<String, Integer> state = new HashMap<>();
        pillar.keySet().forEach(n -> assertThat(acyclic(n, pillar, state)).as(n).isTrue());
    }

    @Test
    void everyComuneHasAProvinceANuts3CodeAndAUniqueCadastralCode() {
        assertThat(ref.territories().comuni()).hasSize(7896);
        Set<String> cadastral = new HashSet<>();
        for (Comune c : ref.territories().comuni()) {
            assertThat(c.provinceCode()).matches("\\d{3}");
            assertThat(c.nuts3()).matches("IT[A-Z]\\d[0-9A-Z]");
            assertThat(cadastral.add(c.cadastralCode())).as(c.code()).isTrue();
        }
        assertThat(ref.territories().regions()).hasSize(20);
    }

    @Test
    void lombardyHas67CpisServingAllItsComuni() {
        assertThat(ref.territories().cpis()).hasSize(67);
        assertThat(ref.territories().comuniWithCpi()).isEqualTo(1501);
        assertThat(ref.territories().cpisOf("098006")).hasSize(3);
        assertThat(ref.territories().comuniOfRegion("03")).hasSize(1502);
        assertThat(ref.territories().cpiOf("015146").orElseThrow().name()).containsIgnoringCase("MILANO");
    }

    @Test
    void atecoTreesAreTreesAndEvery2007CodeResolvesTo2025() {
        assertThat(ref.ateco().tree2025()).hasSize(3257);
        assertThat(ref.ateco().tree2007()).hasSize(3157);
        for (AtecoActivity a : ref.ateco().tree2025()) {
            assertThat(ref.ateco().sectionOf(a)).matches("[A-V]");
        }
        for (AtecoActivity a : ref.ateco().tree2007()) {
            assertThat(ref.ateco().sectionOf(a)).matches("[A-U]");
            // ISTAT gives no representative 2025 code for section J as a whole (it was split into J and K).
            assertThat(ref.ateco().to2025(a.code()).isPresent()).as(a.code()).isEqualTo(!a.code().equals("J"));
        }
        assertThat(ref.ateco().resolve("28.15.20", 2007).orElseThrow().code()).isEqualTo("28.15.00");
    }

    @Test
    void cp2011Has829CodesAndTheyMapToEsco() {
        assertThat(ref.cp2011().occupations()).hasSize(829);
        long mapped = ref.cp2011().occupations().stream()
                .filter(o -> !ref.cp2011().escoLinks(o.code()).isEmpty()).count();
        assertThat(mapped).isGreaterThan(800);
    }

    @Test
    void coCodeTablesCarryTheirSources() {
        assertThat(ref.coCodes().contractTypes()).hasSize(37);
        assertThat(ref.coCodes().contractType("A.02.00").orElseThrow().requiresEndDate()).isTrue();
        assertThat(ref.coCodes().contractType("Z.99.99")).isEmpty();
        ref.coCodes().contractTypes().forEach(c -> assertThat(c.source()).isNotBlank());
        assertThat(ref.coCodes().workingTimes()).hasSize(4);
        assertThat(ref.coCodes().terminationReasons()).isNotEmpty();
    }

    private static String rootOf(String node, Map<String, String> parent) {
        String n = node;
        for (int depth = 0; depth < 50; depth++) {
            String p = parent.get(n);
            if (p == null) {
                return n;
            }
            n = p;
        }
        return null;
    }

    private static boolean acyclic(String n, Map<String, List<String>> parents, Map<String, Integer> state) {
        Integer s = state.get(n);
        if (s != null) {
            return s == 2;
        }
        state.put(n, 1);
        for (String p : parents.getOrDefault(n, List.of())) {
            if (!acyclic(p, parents, state)) {
                return false;
            }
        }
        state.put(n, 2);
        return true;
    }
}
