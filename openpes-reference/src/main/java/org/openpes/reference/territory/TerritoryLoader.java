package org.openpes.reference.territory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.reference.source.CsvTable;
import org.openpes.reference.source.ReferenceSource;

/**
 * Loads the ISTAT comuni and, for every region that carries them, the CPI tables {@code cpi/cpi_RR.csv} (columns
 * {@code cpi,denominazione}) and {@code cpi/comuni_to_cpi_RR.csv} (columns {@code cpi,PRO_COM_T}). A region adds
 * its own CPIs by placing these two files in a reference overlay directory.
 */
public final class TerritoryLoader {
    static final String COMUNI = "istat/comuni_situas_2025-10-16.csv";
    private final ReferenceSource source;

    public TerritoryLoader(ReferenceSource source) {
        this.source = source;
    }

    public Territories load() {
        Map<String, Comune> comuni = new LinkedHashMap<>(8192);
        CsvTable.csv(source, COMUNI).forEach(List.of("PRO_COM_T", "COMUNE", "COD_REG", "DEN_REG", "COD_UTS",
                "DEN_UTS", "SIGLA_AUTOMOBILISTICA", "COD_CATASTO", "COM_NUTS3_2024", "CC_UTS"), r -> {
                    String code = r.required("PRO_COM_T");
                    if (!code.matches("\\d{6}")) {
                        throw r.fail("PRO_COM_T '" + code + "' is not a 6-digit ISTAT code");
                    }
                    String cadastral = r.required("COD_CATASTO");
                    if (!cadastral.matches("[A-Z]\\d{3}")) {
                        throw r.fail("COD_CATASTO '" + cadastral + "' is not a cadastral code");
                    }
                    Comune c = new Comune(code, r.required("COMUNE"), r.required("COD_UTS"), r.required("DEN_UTS"),
                            r.required("SIGLA_AUTOMOBILISTICA"), r.required("COD_REG"), r.required("DEN_REG"),
                            r.required("COM_NUTS3_2024"), cadastral, "1".equals(r.get("CC_UTS")));
                    if (comuni.put(code, c) != null) {
                        throw r.fail("duplicate comune " + code);
                    }
                });
        Map<String, Cpi> cpis = new LinkedHashMap<>();
        Map<String, List<String>> cpiByComune = new HashMap<>();
        for (int region = 1; region <= 20; region++) {
            String rr = String.format("%02d", region);
            if (source.exists("cpi/cpi_" + rr + ".csv")) {
                loadCpis(rr, comuni, cpis, cpiByComune);
            }
        }
        return new Territories(comuni, cpis, cpiByComune);
    }

    private void loadCpis(String rr, Map<String, Comune> comuni, Map<String, Cpi> cpis,
            Map<String, List<String>> byComune) {
        CsvTable.csv(source, "cpi/cpi_" + rr + ".csv").forEach(List.of("cpi", "denominazione"), r -> {
            Cpi cpi = new Cpi(r.required("cpi"), r.required("denominazione"), rr);
            if (cpis.put(cpi.code(), cpi) != null) {
                throw r.fail("duplicate CPI " + cpi.code());
            }
        });
        CsvTable.csv(source, "cpi/comuni_to_cpi_" + rr + ".csv").forEach(List.of("cpi", "PRO_COM_T"), r -> {
            String comune = r.required("PRO_COM_T");
            String cpi = r.required("cpi");
            if (!comuni.containsKey(comune)) {
                throw r.fail("comune " + comune + " is not an ISTAT comune");
            }
            if (!cpis.containsKey(cpi)) {
                throw r.fail("CPI " + cpi + " is not in cpi_" + rr + ".csv");
            }
            List<String> served = byComune.computeIfAbsent(comune, k -> new java.util.ArrayList<>(1));
            if (!served.contains(cpi)) {
                served.add(cpi); // the Lombardy table repeats two rows verbatim (020057, 020061): kept once
            }
        });
    }
}
