package org.openpes.reference.co;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openpes.reference.source.CsvTable;
import org.openpes.reference.source.ReferenceSource;

/** Loads the CO code tables from {@code co/*.csv}; each row carries the source it was transcribed from. */
public final class CoCodesLoader {
    private final ReferenceSource source;

    public CoCodesLoader(ReferenceSource source) {
        this.source = source;
    }

    public CoCodes load() {
        Map<String, ContractType> contracts = new LinkedHashMap<>();
        CsvTable.csv(source, "co/contract_types.csv").forEach(
                List.of("code", "description", "group", "end_date", "source"), r -> {
                    String endDate = r.required("end_date");
                    if (!endDate.matches("[YNO]")) {
                        throw r.fail("end_date must be Y, N or O, got '" + endDate + "'");
                    }
                    ContractType t = new ContractType(r.required("code"), r.required("description"),
                            group(r, r.required("group")), endDate.charAt(0), r.required("source"));
                    if (contracts.put(t.code(), t) != null) {
                        throw r.fail("duplicate contract type " + t.code());
                    }
                });
        Map<String, TransformationType> transformations = new LinkedHashMap<>();
        CsvTable.csv(source, "co/transformation_types.csv").forEach(
                List.of("code", "description", "from_groups", "to_group", "source"), r -> {
                    Set<ContractGroup> from = EnumSet.noneOf(ContractGroup.class);
                    Arrays.stream(r.required("from_groups").split("\\|")).forEach(g -> from.add(group(r, g)));
                    String to = r.required("to_group");
                    TransformationType t = new TransformationType(r.required("code"), r.required("description"),
                            from, "SAME".equals(to) ? Optional.empty() : Optional.of(group(r, to)),
                            r.required("source"));
                    if (transformations.put(t.code(), t) != null) {
                        throw r.fail("duplicate transformation type " + t.code());
                    }
                });
        return new CoCodes(contracts, entries("co/working_time.csv"), entries("co/module_types.csv"),
                entries("co/termination_reasons.csv"), transformations);
    }

    private static ContractGroup group(CsvTable.Row r, String name) {
        try {
            return ContractGroup.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw r.fail("unknown contract group '" + name + "'");
        }
    }

    private Map<String, CodeEntry> entries(String path) {
        Map<String, CodeEntry> out = new LinkedHashMap<>();
        CsvTable.csv(source, path).forEach(List.of("code", "description", "source"), r -> {
            CodeEntry e = new CodeEntry(r.required("code"), r.required("description"), r.required("source"));
            if (out.put(e.code(), e) != null) {
                throw r.fail("duplicate code " + e.code());
            }
        });
        return out;
    }
}
