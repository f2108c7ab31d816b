package org.openpes.observatory.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openpes.observatory.parquet.Column;

/**
 * The columns of the analytics store's event table (pseudonymised: no fiscal code, no birth date), in the order of an
 * {@link EventLine}, then the batch id. The Parquet files carry these columns; {@code year} and {@code quarter} come
 * from the partition directories. Codes (few distinct values) are dictionary encoded; ids and keys are written as
 * they are.
 */
final class EventTable {
    private static final String[] TEXT = {"communication_id", "corrects_id", "employer_key", "worker_key"};
    private static final String[] DATES = {"sending_date", "start_date", "planned_end_date", "event_date",
        "extension_end_date"};
    private static final String[] NUMBERS = {"education", "weekly_hours"};
    /** The columns of an {@link EventLine}, in order. */
    static final List<String> LINE = List.of("communication_id", "event_type", "kind", "corrects_id", "sending_date",
            "employer_key", "ateco", "ateco2025", "section", "workplace_comune", "province", "worker_key", "sex",
            "age_class", "citizenship_group", "residence_comune", "education", "start_date", "planned_end_date",
            "contract_type", "contract_group", "working_time", "weekly_hours", "cp2011", "event_date",
            "extension_end_date", "transformation_code", "termination_reason");

    private EventTable() {
    }

    /** New, empty columns of the table: those of {@link #LINE}, then {@code batch}. */
    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (String name : LINE) {
            columns.add(kind(name).apply(name));
        }
        columns.add(Column.dictionary("batch"));
        return columns;
    }

    private static Function<String, Column> kind(String name) {
        if (List.of(TEXT).contains(name)) {
            return Column::text;
        }
        if (List.of(DATES).contains(name)) {
            return Column::date;
        }
        return List.of(NUMBERS).contains(name) ? Column::int32 : Column::dictionary;
    }
}
