package org.openpes.observatory.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openpes.reference.ateco.AtecoActivity;
import org.openpes.reference.co.CodeEntry;
import org.openpes.reference.co.ContractGroup;

/**
 * The values each coded column of the event table can hold, read from the reference tables the rules check them
 * against: an accepted event has nothing else in these columns. {@link BatchWriter} hands them to DuckDB as ENUM types,
 * so that its Parquet writer takes each column's dictionary as it is instead of hashing every value to build one
 * (halves DuckDB's share of the ingestion, ADR 0009). The Parquet files are the same: UTF-8 strings, dictionary
 * encoded, read back as VARCHAR by DuckDB and as strings by Spark.
 */
final class StoredCodes {
    private final Map<String, Collection<String>> byColumn = new LinkedHashMap<>();

    StoredCodes(CoReference ref) {
        put("event_type", CoRowValidator.EVENT_TYPES);
        put("kind", CoRowValidator.KINDS);
        put("sex", List.of("M", "F"));
        put("age_class", CoRowValidator.AGE_CLASSES);
        put("citizenship_group", CoRowValidator.CITIZENSHIP_GROUPS);
        put("ateco", Stream.concat(ref.ateco().tree2007().stream(), ref.ateco().tree2025().stream())
                .map(AtecoActivity::code).toList());
        put("ateco2025", ref.ateco().tree2025().stream().map(AtecoActivity::code).toList());
        put("section", ref.ateco().tree2025().stream().filter(a -> a.level() == 1).map(AtecoActivity::code).toList());
        List<String> comuni = ref.territories().comuni().stream().map(c -> c.code()).toList();
        put("workplace_comune", comuni);
        put("residence_comune", comuni);
        put("province", ref.territories().comuni().stream().map(c -> c.historicalProvinceCode()).toList());
        put("contract_type", ref.coCodes().contractTypes().stream().map(c -> c.code()).toList());
        put("contract_group", Stream.of(ContractGroup.values()).map(Enum::name).toList());
        put("working_time", codes(ref.coCodes().workingTimes(), CodeEntry::code));
        put("cp2011", ref.cp2011().occupations().stream().map(o -> o.code()).toList());
        put("transformation_code", ref.coCodes().transformationTypes().stream().map(t -> t.code()).toList());
        put("termination_reason", codes(ref.coCodes().terminationReasons(), CodeEntry::code));
    }

    private static <T> List<String> codes(Collection<T> entries, Function<T, String> code) {
        return entries.stream().map(code).toList();
    }

    private void put(String column, Collection<String> values) {
        byColumn.put(column, new TreeSet<>(values));
    }

    /** Column → its values, in the order of the event table's coded columns. */
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
