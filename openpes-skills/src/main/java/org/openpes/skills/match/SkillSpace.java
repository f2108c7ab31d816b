package org.openpes.skills.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.Skill;
import org.openpes.reference.esco.SkillRelation;

/**
 * ESCO skills as dense integer ids, with each skill's related skills: the ESCO skill–skill relations (both
 * directions) and the direct broader and narrower skills. A related skill earns partial credit in matching.
 */
public final class SkillSpace {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> uris = new ArrayList<>();
    private final int[][] related;
    private final Esco esco;

    public SkillSpace(Esco esco) {
        this.esco = esco;
        for (Skill s : esco.skills()) {
            ids.put(s.uri(), uris.size());
            uris.add(s.uri());
        }
        List<Set<Integer>> rel = new ArrayList<>(uris.size());
        for (int i = 0; i < uris.size(); i++) {
            rel.add(new LinkedHashSet<>());
        }
        for (SkillRelation r : esco.skillRelations()) {
            link(rel, r.fromSkillUri(), r.toSkillUri());
        }
        esco.skillBroader().forEach((child, parents) -> parents.forEach(p -> link(rel, child, p)));
        related = new int[uris.size()][];
        for (int i = 0; i < related.length; i++) {
            related[i] = rel.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    private void link(List<Set<Integer>> rel, String a, String b) {
        Integer x = ids.get(a);
        Integer y = ids.get(b);
        if (x != null && y != null && !x.equals(y)) {
            rel.get(x).add(y);
            rel.get(y).add(x);
        }
    }

    /** The id of a skill URI, or -1 for a URI that is not an ESCO skill. */
    public int id(String uri) {
        return ids.getOrDefault(uri, -1);
    }

    public String uri(int id) {
        return uris.get(id);
    }

    public String label(int id) {
        return esco.skill(uris.get(id)).map(Skill::preferredLabel).orElse(uris.get(id));
    }

    public int[] related(int id) {
        return related[id];
    }

    public int size() {
        return uris.size();
    }
}
