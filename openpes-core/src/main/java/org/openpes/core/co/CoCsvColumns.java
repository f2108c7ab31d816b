package org.openpes.core.co;

import java.util.List;

/**
 * The columns of the OpenPES CO interchange CSV, in order. This is the contract between the generator and the
 * observatory; docs/co-format.md documents each column and its UNILAV counterpart. Dates are ISO (YYYY-MM-DD).
 */
public final class CoCsvColumns {
    public static final List<String> ALL = List.of(
            "communication_id", "event_type", "kind", "corrects_id", "sending_date", "module",
            "employer_code", "employer_ateco", "ateco_version", "workplace_comune",
            "worker_code", "worker_sex", "worker_birth_date", "worker_citizenship", "worker_residence_comune",
            "worker_education",
            "start_date", "planned_end_date", "contract_type", "working_time", "weekly_hours", "cp2011", "ccnl",
            "event_date", "extension_end_date", "transformation_code", "termination_reason");

    /** The header line, comma-separated. */
    public static final String HEADER = String.join(",", ALL);

    private CoCsvColumns() {
    }
}
