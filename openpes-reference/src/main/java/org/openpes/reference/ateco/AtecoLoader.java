package org.openpes.reference.ateco;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.reference.source.CsvTable;
import org.openpes.reference.source.ReferenceSource;

/** Loads the two ATECO trees and the correspondence; every parent and every target code must resolve. */
public final class AtecoLoader {
    private final ReferenceSource source;

    public AtecoLoader(ReferenceSource source) {
        this.source = source;
    }

    public Ateco load() {
        Map<String, AtecoActivity> t2025 = new LinkedHashMap<>(4096);
        String file2025 = "ateco/ateco2025_structure.csv";
        CsvTable.csv(source, file2025).forEach(List.of("CODICE_ATECO_2025", "TITOLO_ITALIANO_ATECO_2025",
                "TITOLO_INGLESE_ATECO_2025", "GERARCHIA_ATECO_2025", "CODICE_PADRE_ATECO_2025"), r -> {
                    AtecoActivity a = new AtecoActivity(2025, r.required("CODICE_ATECO_2025"),
                            r.required("TITOLO_ITALIANO_ATECO_2025"), r.get("TITOLO_INGLESE_ATECO_2025"),
                            level(r, "GERARCHIA_ATECO_2025"), r.get("CODICE_PADRE_ATECO_2025"));
                    if (a.level() > 1 && !t2025.containsKey(a.parentCode())) {
                        throw r.fail("parent " + a.parentCode() + " of " + a.code() + " does not precede it");
                    }
                    if (t2025.put(a.code(), a) != null) {
                        throw r.fail("duplicate ATECO 2025 code " + a.code());
                    }
                });
        Map<String, AtecoActivity> t2007 = new LinkedHashMap<>(4096);
        Map<String, String> to2025 = new HashMap<>(4096);
        Deque<AtecoActivity> path = new ArrayDeque<>();
        CsvTable.csv(source, "ateco/ateco2007_to_2025.csv").forEach(List.of("CODICE_ATECO_2022",
                "TITOLO_ATECO_2022", "GERARCHIA_ATECO_2022", "CODICE_ATECO_2025_RAPPRESENTATIVO"), r -> {
                    int level = level(r, "GERARCHIA_ATECO_2022");
                    while (!path.isEmpty() && path.peek().level() >= level) {
                        path.pop();
                    }
                    if (level > 1 && (path.isEmpty() || path.peek().level() != level - 1)) {
                        throw r.fail("ATECO 2007 row at level " + level + " has no parent row before it");
                    }
                    String parent = level > 1 ? path.peek().code() : "";
                    AtecoActivity a = new AtecoActivity(2007, r.required("CODICE_ATECO_2022"),
                            r.required("TITOLO_ATECO_2022"), "", level, parent);
                    String target = r.required("CODICE_ATECO_2025_RAPPRESENTATIVO");
                    boolean none = "n.d.".equals(target); // ISTAT: no representative code (section J, split)
                    if (!none && !t2025.containsKey(target)) {
                        throw r.fail("ATECO 2025 code " + target + " does not resolve");
                    }
                    if (t2007.put(a.code(), a) != null) {
                        throw r.fail("duplicate ATECO 2007 code " + a.code());
                    }
                    if (!none) {
                        to2025.put(a.code(), target);
                    }
                    path.push(a);
                });
        return new Ateco(t2025, t2007, to2025);
    }

    private static int level(CsvTable.Row r, String column) {
        String v = r.required(column);
        if (!v.matches("[1-6]")) {
            throw r.fail(column + " must be a level 1..6, got '" + v + "'");
        }
        return Integer.parseInt(v);
    }
}
