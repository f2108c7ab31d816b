package org.openpes.reference.cp2011;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openpes.reference.source.CsvTable;
import org.openpes.reference.source.ReferenceSource;

/** Loads CP2011 from the official crosswalk file (14 metadata lines and 2 blank lines precede its header). */
public final class Cp2011Loader {
    static final String FILE = "cp2011/cp2011_esco_crosswalk_2021-04-23.csv";
    private static final List<String> RELATION_ORDER =
            List.of("skos:exactMatch", "skos:closeMatch", "skos:narrowMatch", "skos:broadMatch");

    private final ReferenceSource source;

    public Cp2011Loader(ReferenceSource source) {
        this.source = source;
    }

    /** {@code escoResolves} says whether an ESCO URI exists; the crosswalk's ESCO 1.0.8 URIs may not all do. */
    public Cp2011 load(Predicate<String> escoResolves) {
        Map<String, Cp2011Occupation> occupations = new LinkedHashMap<>();
        Map<String, List<CrosswalkLink>> links = new HashMap<>();
        CsvTable.csv(source, FILE).skipLines(16).forEach(List.of("Classification 1 URI", "Classification 1 PrefLabel",
                "Classification 2 ID", "Classification 2 PrefLabel", "Mapping relation"), r -> {
                    String code = r.required("Classification 2 ID");
                    if (!code.matches("\\d(\\.\\d{1,2}){0,4}")) {
                        throw r.fail("CP2011 code '" + code + "' is not a CP2011 code");
                    }
                    String relation = r.required("Mapping relation");
                    if (!RELATION_ORDER.contains(relation)) {
                        throw r.fail("unknown mapping relation '" + relation + "'");
                    }
                    occupations.putIfAbsent(code, new Cp2011Occupation(code, r.required("Classification 2 PrefLabel")));
                    String uri = r.required("Classification 1 URI");
                    if (escoResolves.test(uri)) {
                        links.computeIfAbsent(code, k -> new ArrayList<>())
                                .add(new CrosswalkLink(code, uri, r.get("Classification 1 PrefLabel"), relation));
                    }
                });
        links.values().forEach(l -> l.sort(Comparator.comparingInt(x -> RELATION_ORDER.indexOf(x.relation()))));
        return new Cp2011(occupations, links);
    }
}
