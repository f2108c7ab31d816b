package org.openpes.observatory.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.cp2011.CrosswalkLink;
import org.openpes.reference.territory.Comune;
import org.openpes.reference.territory.Cpi;

/**
 * The small reference tables the spells are joined with when they are built, for breakdowns the events do not
 * carry: {@code territory} (workplace comune → CPI, region, NUTS-3) and {@code occupation} (CP2011 → ISCO-08 unit
 * group through the official CP2011–ESCO crosswalk). Both stores load the same rows into their engine.
 */
public final class Lookups {
    /** A table of text columns. */
    public record Table(String name, List<String> columns, List<List<String>> rows) {
    }

    private Lookups() {
    }

    public static List<Table> of(ReferenceData ref) {
        return List.of(territory(ref), occupation(ref));
    }

    /** Every comune: its CPI (the first listed for it, when its region loaded a CPI table), region and NUTS-3. */
    static Table territory(ReferenceData ref) {
        List<List<String>> rows = new ArrayList<>();
        for (Comune c : ref.territories().comuni()) {
            String cpi = ref.territories().cpiOf(c.code()).map(Cpi::code).orElse(null);
            rows.add(Arrays.asList(c.code(), cpi, c.regionCode(), c.nuts3())); // the CPI may be null
        }
        return new Table("territory", List.of("comune", "cpi", "region", "nuts3"), rows);
    }

    /**
     * Every CP2011 code linked to ESCO: the ISCO-08 unit group of its ESCO occupations with the strongest relation
     * (exact, then close, broad, narrow match); if they disagree, the most frequent group, then the lowest code.
     */
    static Table occupation(ReferenceData ref) {
        List<List<String>> rows = new ArrayList<>();
        for (var o : ref.cp2011().occupations()) {
            List<CrosswalkLink> links = ref.cp2011().escoLinks(o.code());
            if (links.isEmpty()) {
                continue;
            }
            String best = links.get(0).relation();
            Map<String, Integer> votes = new TreeMap<>();
            for (CrosswalkLink l : links) {
                if (l.relation().equals(best)) {
                    ref.esco().occupation(l.escoUri()).ifPresent(e -> votes.merge(e.iscoCode(), 1, Integer::sum));
                }
            }
            votes.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .ifPresent(e -> rows.add(List.of(o.code(), e.getKey())));
        }
        return new Table("occupation", List.of("cp2011", "isco"), rows);
    }
}
