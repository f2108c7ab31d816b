package org.openpes.services.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.territory.Cpi;
import org.openpes.services.access.Scope;

/** The territorial tree of the loaded regions: each CPI with its province and region, and the CPIs of a scope. */
public final class Places {
    private final Map<String, Scope.Place> byCpi = new HashMap<>();
    private final Map<String, String> cpiOfComune = new HashMap<>();

    public Places(ReferenceData ref) {
        for (var comune : ref.territories().comuni()) {
            ref.territories().cpisOf(comune.code()).stream().findFirst()
                    .ifPresent(c -> cpiOfComune.put(comune.code(), c.code()));
            for (Cpi cpi : ref.territories().cpisOf(comune.code())) {
                byCpi.putIfAbsent(cpi.code(), new Scope.Place(cpi.code(), comune.historicalProvinceCode(),
                        comune.regionCode()));
            }
        }
    }

    /** Where a CPI lies (an unknown CPI lies nowhere: no scope contains it). */
    public Scope.Place of(String cpi) {
        Scope.Place p = cpi == null ? null : byCpi.get(cpi);
        return p == null ? new Scope.Place("", "", "") : p;
    }

    /** The CPI whose territory holds a comune (the first, where a city has several), or empty. */
    public String cpiOfComune(String comune) {
        String cpi = cpiOfComune.get(comune);
        return cpi == null ? "" : cpi;
    }

    /** The comuni whose CPI lies inside a scope. */
    public Set<String> comuniIn(Scope scope) {
        Set<String> out = new TreeSet<>();
        cpiOfComune.forEach((comune, cpi) -> {
            if (scope.contains(of(cpi))) {
                out.add(comune);
            }
        });
        return out;
    }

    /** A province with a CPI of the loaded regions, as a place (no CPI of its own), or empty. */
    public java.util.Optional<Scope.Place> province(String province) {
        return byCpi.values().stream().filter(p -> p.provinceCode().equals(province)).findFirst()
                .map(p -> new Scope.Place("", p.provinceCode(), p.regionCode()));
    }

    /** The CPIs inside a scope. */
    public Set<String> cpisIn(Scope scope) {
        Set<String> out = new TreeSet<>();
        byCpi.values().stream().filter(scope::contains).forEach(p -> out.add(p.cpiCode()));
        return out;
    }
}
