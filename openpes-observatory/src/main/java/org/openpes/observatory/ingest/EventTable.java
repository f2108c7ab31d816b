package org.openpes.observatory.ingest;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the analytics store's event table (pseudonymised: no fiscal code, no birth date), in the order
 * {@link BatchWriter} writes them. The Parquet files carry these columns; {@code year} and {@code quarter} come from
 * the partition directories.
 */
final class EventTable {
    /** Name and DuckDB type of each column of the staging CSV, in order; the batch id is added as a constant. */
    private static final String[][] COLUMNS = {{"communication_id", "VARCHAR"}, {"event_type", "VARCHAR"},
        {"kind", "VARCHAR"}, {"corrects_id", "VARCHAR"}, {"sending_date", "DATE"}, {"employer_key", "VARCHAR"},
        {"ateco", "VARCHAR"}, {"ateco2025", "VARCHAR"}, {"section", "VARCHAR"}, {"workplace_comune", "VARCHAR"},
        {"province", "VARCHAR"}, {"worker_key", "VARCHAR"}, {"sex", "VARCHAR"}, {"age_class", "VARCHAR"},
        {"citizenship_group", "VARCHAR"}, {"residence_comune", "VARCHAR"}, {"education", "INTEGER"},
        {"start_date", "DATE"}, {"planned_end_date", "DATE"}, {"contract_type", "VARCHAR"},
        {"contract_group", "VARCHAR"}, {"working_time", "VARCHAR"}, {"weekly_hours", "INTEGER"}, {"cp2011", "VARCHAR"},
        {"event_date", "DATE"}, {"extension_end_date", "DATE"}, {"transformation_code", "VARCHAR"},
        {"termination_reason", "VARCHAR"}};

    private EventTable() {
    }

    /**
     * The {@code columns} argument of DuckDB's {@code read_csv} for the staging CSV: {@code {'name': 'TYPE', …}},
     * with the types in {@code types} (by column name) instead of the plain ones.
     */
    static String columns(Map<String, String> types) {
        return Stream.of(COLUMNS).map(c -> "'" + c[0] + "': '" + types.getOrDefault(c[0], c[1]) + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
