package org.openpes.reference.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpes.core.text.Folding;

/** The comuni of Italy, with look-ups by ISTAT code, cadastral code and name, and the CPI of each comune. */
public final class Territories {
    private final Map<String, Comune> byCode;
    private final Map<String, Comune> byCadastral = new HashMap<>();
    private final Map<String, List<Comune>> byName = new HashMap<>();
    private final Map<String, Cpi> cpis;
    private final Map<String, List<String>> cpiByComune;

    Territories(Map<String, Comune> byCode, Map<String, Cpi> cpis, Map<String, List<String>> cpiByComune) {
        this.byCode = byCode;
        this.cpis = cpis;
        this.cpiByComune = cpiByComune;
        for (Comune c : byCode.values()) {
            byCadastral.put(c.cadastralCode(), c);
            byName.computeIfAbsent(Folding.fold(c.name()), k -> new ArrayList<>(1)).add(c);
        }
    }

    public Optional<Comune> comune(String istatCode) {
        return Optional.ofNullable(byCode.get(istatCode));
    }

    public Optional<Comune> byCadastralCode(String cadastralCode) {
        return Optional.ofNullable(byCadastral.get(cadastralCode));
    }

    /** Comuni whose name equals the query (folded), else those whose name starts with it; at most {@code limit}. */
    public List<Comune> byName(String query, int limit) {
        String key = Folding.fold(query);
        List<Comune> exact = byName.getOrDefault(key, List.of());
        if (!exact.isEmpty() || key.isEmpty()) {
            return exact.stream().limit(limit).toList();
        }
        return byName.entrySet().stream().filter(e -> e.getKey().startsWith(key))
                .flatMap(e -> e.getValue().stream()).sorted(Comparator.comparing(Comune::name)).limit(limit).toList();
    }

    public Collection<Comune> comuni() {
        return byCode.values();
    }

    /** The comuni of one region (ISTAT region code, e.g. 03 Lombardia), in ISTAT code order. */
    public List<Comune> comuniOfRegion(String regionCode) {
        return byCode.values().stream().filter(c -> c.regionCode().equals(regionCode)).toList();
    }

    /** Region code → region name, in code order. */
    public Map<String, String> regions() {
        Map<String, String> out = new LinkedHashMap<>();
        byCode.values().stream().sorted(Comparator.comparing(Comune::regionCode))
                .forEach(c -> out.putIfAbsent(c.regionCode(), c.regionName()));
        return out;
    }

    public Collection<Cpi> cpis() {
        return cpis.values();
    }

    public Optional<Cpi> cpi(String code) {
        return Optional.ofNullable(cpis.get(code));
    }

    /**
     * The CPI that serves a comune (the first listed in the region's table), when the region has loaded one. Some
     * comuni are served by several offices (in Lombardy, 53 comuni of the province of Lodi): see {@link #cpisOf}.
     */
    public Optional<Cpi> cpiOf(String comuneCode) {
        return cpisOf(comuneCode).stream().findFirst();
    }

    /** Every CPI that serves a comune, in the order of the region's table. */
    public List<Cpi> cpisOf(String comuneCode) {
        return cpiByComune.getOrDefault(comuneCode, List.of()).stream().map(cpis::get).toList();
    }

    public int comuniWithCpi() {
        return cpiByComune.size();
    }
}
