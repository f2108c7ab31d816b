package org.openpes.observatory.ingest;


/** The columns of the analytics store's event table (pseudonymised: no fiscal code, no birth date). */
final class EventTable {
    /** The table, for reference: the staging CSV is read with {@link #COLUMNS}. */
    static final String CREATE = "create table events (communication_id varchar, event_type varchar, kind varchar, "
            + "corrects_id varchar, sending_date date, employer_key varchar, ateco varchar, ateco2025 varchar, "
            + "section varchar, workplace_comune varchar, province varchar, worker_key varchar, sex varchar, "
            + "age_class varchar, citizenship_group varchar, residence_comune varchar, education integer, "
            + "start_date date, planned_end_date date, contract_type varchar, contract_group varchar, "
            + "working_time varchar, weekly_hours integer, cp2011 varchar, event_date date, extension_end_date date, "
            + "transformation_code varchar, termination_reason varchar, batch varchar)";

    private EventTable() {
    }

    /** The DuckDB column types, in order, for reading the staging CSV. */
    static final String COLUMNS = "{'communication_id': 'VARCHAR', 'event_type': 'VARCHAR', 'kind': 'VARCHAR', "
            + "'corrects_id': 'VARCHAR', 'sending_date': 'DATE', 'employer_key': 'VARCHAR', 'ateco': 'VARCHAR', "
            + "'ateco2025': 'VARCHAR', 'section': 'VARCHAR', 'workplace_comune': 'VARCHAR', 'province': 'VARCHAR', "
            + "'worker_key': 'VARCHAR', 'sex': 'VARCHAR', 'age_class': 'VARCHAR', 'citizenship_group': 'VARCHAR', "
            + "'residence_comune': 'VARCHAR', 'education': 'INTEGER', 'start_date': 'DATE', "
            + "'planned_end_date': 'DATE', 'contract_type': 'VARCHAR', 'contract_group': 'VARCHAR', "
            + "'working_time': 'VARCHAR', 'weekly_hours': 'INTEGER', 'cp2011': 'VARCHAR', 'event_date': 'DATE', "
            + "'extension_end_date': 'DATE', 'transformation_code': 'VARCHAR', 'termination_reason': 'VARCHAR', "
            + "'batch': 'VARCHAR'}";

    /**
     * Writes one event as a line of the staging CSV. Every value is a code, a key, a number or an ISO date, all
     * checked by the validator: none contains a comma, a quote or a line break. Empty means absent.
     */
    static void write(StringBuilder out, AcceptedEvent e, String batch) {
        out.append(e.communicationId()).append(',').append(e.eventType()).append(',').append(e.kind()).append(',')
                .append(e.correctsId()).append(',').append(e.sendingDate()).append(',').append(e.employerKey())
                .append(',').append(e.ateco()).append(',').append(e.ateco2025()).append(',').append(e.section())
                .append(',').append(e.workplaceComune()).append(',').append(e.province()).append(',')
                .append(e.workerKey()).append(',').append(e.sex()).append(',').append(e.ageClass()).append(',')
                .append(e.citizenshipGroup()).append(',').append(e.residenceComune()).append(',')
                .append(e.education()).append(',').append(e.startDate()).append(',').append(e.plannedEndDate())
                .append(',').append(e.contractType()).append(',').append(e.contractGroup()).append(',')
                .append(e.workingTime()).append(',').append(e.weeklyHours()).append(',').append(e.cp2011())
                .append(',').append(e.eventDate()).append(',').append(e.extensionEndDate()).append(',')
                .append(e.transformationCode()).append(',').append(e.terminationReason()).append(',').append(batch)
                .append('\n');
    }
}
