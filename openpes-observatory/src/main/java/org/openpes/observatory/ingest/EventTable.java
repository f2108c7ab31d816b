package org.openpes.observatory.ingest;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;

/** The columns of the analytics store's event table (pseudonymised: no fiscal code, no birth date). */
final class EventTable {
    static final String CREATE = "create table events (communication_id varchar, event_type varchar, kind varchar, "
            + "corrects_id varchar, sending_date date, employer_key varchar, ateco varchar, ateco2025 varchar, "
            + "section varchar, workplace_comune varchar, province varchar, worker_key varchar, sex varchar, "
            + "age_class varchar, citizenship_group varchar, residence_comune varchar, education integer, "
            + "start_date date, planned_end_date date, contract_type varchar, contract_group varchar, "
            + "working_time varchar, weekly_hours integer, cp2011 varchar, event_date date, extension_end_date date, "
            + "transformation_code varchar, termination_reason varchar, batch varchar)";

    private EventTable() {
    }

    static void append(DuckDBAppender a, AcceptedEvent e, String batch) throws SQLException {
        a.beginRow();
        a.append(e.communicationId());
        a.append(e.eventType());
        a.append(e.kind());
        text(a, e.correctsId());
        date(a, e.sendingDate());
        a.append(e.employerKey());
        a.append(e.ateco());
        a.append(e.ateco2025());
        a.append(e.section());
        a.append(e.workplaceComune());
        a.append(e.province());
        a.append(e.workerKey());
        a.append(e.sex());
        a.append(e.ageClass());
        a.append(e.citizenshipGroup());
        a.append(e.residenceComune());
        a.append(e.education());
        date(a, e.startDate());
        date(a, e.plannedEndDate());
        a.append(e.contractType());
        a.append(e.contractGroup());
        a.append(e.workingTime());
        a.append(e.weeklyHours());
        a.append(e.cp2011());
        date(a, e.eventDate());
        date(a, e.extensionEndDate());
        text(a, e.transformationCode());
        text(a, e.terminationReason());
        a.append(batch);
        a.endRow();
    }

    private static void text(DuckDBAppender a, String value) throws SQLException {
        if (value.isEmpty()) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static void date(DuckDBAppender a, String iso) throws SQLException {
        if (iso.isEmpty()) {
            a.appendNull();
        } else {
            a.append(java.time.LocalDate.parse(iso));
        }
    }
}
