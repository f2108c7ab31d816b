package org.openpes.observatory.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.openpes.reference.ateco.AtecoActivity;
import org.openpes.reference.co.CodeEntry;
import org.openpes.reference.co.ContractGroup;
import org.openpes.reference.co.ContractType;
import org.openpes.reference.co.TransformationType;
import org.openpes.reference.cp2011.Cp2011Occupation;
import org.openpes.reference.territory.Comune;

/**
 * The values each coded column of the event table can hold, read from the reference tables the rules check them
 * against: an accepted event has nothing else in these columns. {@link BatchWriter} hands them to DuckDB as ENUM types,
 * so that its Parquet writer takes each column's dictionary as it is instead of hashing every value to build one
 * (a third less CPU for DuckDB's step, ADR 0009). The Parquet files are the same: UTF-8 strings, dictionary
 * encoded, read back as VARCHAR by DuckDB and as strings by Spark.
 */
final class StoredCodes {
    private final Map<String, Collection<String>> byColumn = new LinkedHashMap<>();

    StoredCodes(CoReference ref) {
        put("event_type", CoRowValidator.EVENT_TYPES);
        put("kind", CoRowValidator.KINDS);
        put("sex", CoRowValidator.SEXES);
        put("age_class", CoRowValidator.AGE_CLASSES);
        put("citizenship_group", CoRowValidator.CITIZENSHIP_GROUPS);
        put("ateco", Stream.concat(ref.ateco().tree2007().stream(), ref.ateco().tree2025().stream())
                .map(AtecoActivity::code).toList());
        put("ateco2025", ref.ateco().tree2025().stream().map(AtecoActivity::code).toList());
        put("section", ref.ateco().tree2025().stream().filter(a -> a.level() == 1).map(AtecoActivity::code).toList());
        List<String> comuni = ref.territories().comuni().stream().map(Comune::code).toList();
        put("workplace_comune", comuni);
        put("residence_comune", comuni);
        put("province", ref.territories().comuni().stream().map(Comune::historicalProvinceCode).toList());
        put("contract_type", ref.coCodes().contractTypes().stream().map(ContractType::code).toList());
        put("contract_group", Stream.of(ContractGroup.values()).map(Enum::name).toList());
        put("working_time", ref.coCodes().workingTimes().stream().map(CodeEntry::code).toList());
        put("cp2011", ref.cp2011().occupations().stream().map(Cp2011Occupation::code).toList());
        put("transformation_code", ref.coCodes().transformationTypes().stream().map(TransformationType::code).toList());
        put("termination_reason", ref.coCodes().terminationReasons().stream().map(CodeEntry::code).toList());
    }

    private void put(String column, Collection<String> values) {
        byColumn.put(column, new TreeSet<>(values));
    }

    /** Column → its values (the sets themselves: a test takes a value out to see the batch still written). */
    Map<String, Collection<String>> byColumn() {
        return byColumn;
    }

    /** The statements that create one ENUM type per column, named {@code codes_COLUMN}. */
    List<String> createTypes() {
        return byColumn.entrySet().stream().map(e -> "create type " + type(e.getKey()) + " as enum ("
                + String.join(", ", e.getValue().stream().map(StoredCodes::literal).toList()) + ")").toList();
    }

    /** Column → the name of its ENUM type, for {@link EventTable#columns}. */
    Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        byColumn.keySet().forEach(c -> types.put(c, type(c)));
        return types;
    }

    private static String type(String column) {
        return "codes_" + column;
    }

    private static String literal(String v) {
        return "'" + v.replace("'", "''") + "'";
    }
}
