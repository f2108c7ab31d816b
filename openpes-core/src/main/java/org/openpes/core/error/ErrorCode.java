package org.openpes.core.error;

import java.text.MessageFormat;

/**
 * The catalogue of stable error codes. A code never changes meaning once released; new situations get new codes.
 * Each code carries the HTTP status the API answers with and a message template ({@link MessageFormat} syntax).
 * Messages never contain personal data: callers pass field names and row numbers, not fiscal codes or names.
 */
public enum ErrorCode {
    // Values (OPES-VAL): a single value that fails its own rules.
    VAL_001("OPES-VAL-001", 400, "{0}: is empty"),
    VAL_002("OPES-VAL-002", 400, "{0}: fiscal code must be 16 characters (letters and digits), got {1} characters"),
    VAL_003("OPES-VAL-003", 400, "{0}: fiscal code has an invalid character at position {1}"),
    VAL_004("OPES-VAL-004", 400, "{0}: fiscal code check character is wrong"),
    VAL_005("OPES-VAL-005", 400, "{0}: fiscal code encodes an impossible birth date"),
    VAL_006("OPES-VAL-006", 400, "{0}: partita IVA must be 11 digits"),
    VAL_007("OPES-VAL-007", 400, "{0}: partita IVA check digit is wrong"),
    VAL_008("OPES-VAL-008", 400, "{0}: ''{1}'' is not an ISTAT comune code (6 digits)"),
    VAL_009("OPES-VAL-009", 400, "{0}: ''{1}'' is not an ATECO code (e.g. C, 10, 10.1, 10.11, 10.11.00)"),
    VAL_010("OPES-VAL-010", 400, "{0}: ''{1}'' is not a CP2011 code (e.g. 2.1.1.4.1)"),
    VAL_011("OPES-VAL-011", 400, "{0}: ''{1}'' is not an ESCO URI (http://data.europa.eu/esco/...)"),
    VAL_012("OPES-VAL-012", 400, "{0}: ''{1}'' is not a NUTS code (e.g. ITC4C)"),
    VAL_013("OPES-VAL-013", 400, "{0}: ''{1}'' is not a date (YYYY-MM-DD)"),
    VAL_014("OPES-VAL-014", 400, "{0}: ''{1}'' is not a number"),
    VAL_015("OPES-VAL-015", 400, "{0}: ''{1}'' is out of range ({2})"),
    VAL_016("OPES-VAL-016", 400, "{0}: ''{1}'' is not one of {2}"),
    VAL_017("OPES-VAL-017", 400, "{0}: employer code must be a partita IVA (11 digits) or a fiscal code (16 characters)"),

    // Reference data (OPES-REF): the files the product carries.
    REF_001("OPES-REF-001", 500, "reference file {0} is missing from the product"),
    REF_002("OPES-REF-002", 500, "reference file {0} line {1}: {2}"),
    REF_003("OPES-REF-003", 500, "reference file {0}: {1}"),
    REF_004("OPES-REF-004", 404, "{0} ''{1}'' is not in the reference data"),
    REF_005("OPES-REF-005", 400, "unsupported language ''{0}'' (supported: {1})"),

    // Generator (OPES-GEN).
    GEN_001("OPES-GEN-001", 400, "region ''{0}'' is not an ISTAT region code (01..20)"),
    GEN_002("OPES-GEN-002", 400, "years {0}..{1} are outside the calibration series {2}..{3}"),
    GEN_003("OPES-GEN-003", 400, "{0} must be {1}, got {2}"),
    GEN_004("OPES-GEN-004", 500, "cannot write {0}: {1}"),
    GEN_005("OPES-GEN-005", 400, "region ''{0}'' has no real flows to calibrate on in {1}"),

    // CO ingestion (OPES-CO): one code per validation rule; {0} file, {1} row, {2} field.
    CO_001("OPES-CO-001", 400, "{0} row {1}: {2} fields, expected {3} (truncated or extra fields)"),
    CO_002("OPES-CO-002", 400, "{0} row {1} field ''{2}'': required for {3}"),
    CO_003("OPES-CO-003", 400, "{0} row {1} field ''{2}'': ''{3}'' is not a date (YYYY-MM-DD)"),
    CO_004("OPES-CO-004", 400, "{0} row {1} field ''{2}'': ''{3}'' is not one of {4}"),
    CO_005("OPES-CO-005", 400, "{0} row {1} field ''{2}'': not a valid fiscal code ({3})"),
    CO_006("OPES-CO-006", 400, "{0} row {1} field ''{2}'': not a valid employer code"),
    CO_007("OPES-CO-007", 400, "{0} row {1} field ''{2}'': ''{3}'' is not an ATECO {4} code"),
    CO_008("OPES-CO-008", 400, "{0} row {1} field ''{2}'': ''{3}'' is not an ISTAT comune"),
    CO_009("OPES-CO-009", 400, "{0} row {1} field ''{2}'': ''{3}'' is not a known CO contract type"),
    CO_010("OPES-CO-010", 400, "{0} row {1} field ''{2}'': ''{3}'' is not a known working-time code"),
    CO_011("OPES-CO-011", 400, "{0} row {1} field ''{2}'': ''{3}'' is not a known CP2011 code"),
    CO_012("OPES-CO-012", 400, "{0} row {1} field ''{2}'': ''{3}'' is not a known termination reason"),
    CO_013("OPES-CO-013", 400, "{0} row {1} field ''{2}'': ''{3}'' is not a known transformation code"),
    CO_014("OPES-CO-014", 400, "{0} row {1} field ''{2}'': {3} is before the start date {4}"),
    CO_015("OPES-CO-015", 400, "{0} row {1} field ''{2}'': the event date {3} is before the start date {4}"),
    CO_016("OPES-CO-016", 400, "{0} row {1} field ''{2}'': a hire takes effect on its start date ({3} != {4})"),
    CO_017("OPES-CO-017", 400, "{0} row {1} field ''{2}'': the new end {3} is not after the planned end {4}"),
    CO_018("OPES-CO-018", 400, "{0} row {1} field ''{2}'': a contract without planned end (permanent) cannot be extended"),
    CO_019("OPES-CO-019", 400, "{0} row {1} field ''{2}'': transformation {3} does not apply to a {4} contract"),
    CO_020("OPES-CO-020", 400, "{0} row {1} field ''{2}'': contract type {3} requires a planned end date"),
    CO_021("OPES-CO-021", 400, "{0} row {1} field ''{2}'': contract type {3} has no planned end date"),
    CO_022("OPES-CO-022", 400, "{0} row {1} field ''{2}'': sex differs from the one encoded in the fiscal code"),
    CO_023("OPES-CO-023", 400, "{0} row {1} field ''{2}'': birth date differs from the one encoded in the fiscal code"),
    CO_024("OPES-CO-024", 400, "{0} row {1} field ''{2}'': ''{3}'' weekly hours is out of range 1..60"),
    CO_025("OPES-CO-025", 400, "{0} row {1} field ''{2}'': ''{3}'' is not an ISCED level 0..8"),
    CO_026("OPES-CO-026", 400, "{0} row {1} field ''{2}'': ''{3}'' is not an ISO 3166 alpha-2 code"),
    CO_027("OPES-CO-027", 400, "{0} row {1} field ''{2}'': ''{3}'' is not a communication id"),
    CO_028("OPES-CO-028", 400, "{0} row {1} field ''{2}'': an ORDINARY communication corrects nothing"),
    CO_029("OPES-CO-029", 400, "{0} row {1} field ''{2}'': the worker is younger than 14 on the start date"),
    CO_030("OPES-CO-030", 400, "{0} row {1} field ''{2}'': id {3} was already received with a different content"),
    CO_031("OPES-CO-031", 400, "{0} row {1} field ''{2}'': the event date {3} is after the planned end {4}"),
    CO_032("OPES-CO-032", 400, "{0} row {1} field ''{2}'': contains control characters"),
    CO_033("OPES-CO-033", 400, "{0} row {1} field ''{2}'': ATECO {3} is used for an event of {4}"),
    CO_034("OPES-CO-034", 400, "{0}: {1}"),
    CO_035("OPES-CO-035", 500, "the pseudonymisation key is not configured: set OPENPES_PSEUDONYM_KEY (at least 32 characters)"),
    CO_036("OPES-CO-036", 400, "{0}: {1}; nothing was read from this file"),
    CO_037("OPES-CO-037", 400, "{0} row {1}: a quoted field is not closed on its line (the next line was read as a row of its own)"),
    CO_038("OPES-CO-038", 400, "{0} line {1}: the XML breaks off here, the rest of the file was not read ({2})"),

    // Operational store (OPES-OPS).
    OPS_001("OPES-OPS-001", 503, "operational database is not reachable: {0}"),
    OPS_002("OPES-OPS-002", 500, "operational database migration failed: {0}"),
    OPS_003("OPES-OPS-003", 400, "load file {0} line {1}: {2}"),
    OPS_004("OPES-OPS-004", 404, "{0} ''{1}'' not found"),

    // The public employment service (OPES-SRV): people, patto, access.
    SRV_001("OPES-SRV-001", 409, "{0}: {1} is not allowed from {2}"),
    SRV_002("OPES-SRV-002", 422, "the patto cannot be signed: it lacks {0} (D.Lgs. 150/2015 art. 20)"),
    SRV_003("OPES-SRV-003", 409, "a person with this fiscal code is already registered (id {0})"),
    SRV_004("OPES-SRV-004", 400, "field ''{0}'': {1}"),
    SRV_005("OPES-SRV-005", 409, "{0} {1} was changed by someone else (now version {2}, yours {3}): reload it and apply your change again"),
    SRV_006("OPES-SRV-006", 400, "field ''reason'': a reason is required to {0}"),
    SRV_007("OPES-SRV-007", 403, "role {0} may not {1}"),
    SRV_008("OPES-SRV-008", 403, "{0} is outside your territorial scope"),
    SRV_009("OPES-SRV-009", 404, "{0} ''{1}'' not found"),
    SRV_010("OPES-SRV-010", 401, "authentication required: log in first"),
    SRV_011("OPES-SRV-011", 401, "wrong username or password"),
    SRV_012("OPES-SRV-012", 429, "too many failed logins for this account from here: try again in {0} minutes"),
    SRV_013("OPES-SRV-013", 403, "the form''s CSRF token is missing or wrong: reload the page"),
    SRV_014("OPES-SRV-014", 400, "field ''password'': {0}"),
    SRV_015("OPES-SRV-015", 409, "idempotency key ''{0}'' was already used for another request"),
    SRV_016("OPES-SRV-016", 401, "the sign-in through the identity provider was refused: {0}"),
    SRV_017("OPES-SRV-017", 409, "the request with idempotency key ''{0}'' has not answered (or its outcome is unknown): look at the record before repeating it"),
    SRV_018("OPES-SRV-018", 403, "protected data: ask for access with a reason (break the glass), or ask a supervisor"),
    SRV_019("OPES-SRV-019", 422, "the profiling model cannot be fitted: {0}"),
    SRV_020("OPES-SRV-020", 409, "no profiling model has been fitted yet: run ./openpes profiling fit"),
    SRV_021("OPES-SRV-021", 422, "{0} {1}"),
    SRV_022("OPES-SRV-022", 400, "field ''reason'': {0} is not a refusal reason; use one of {1}"),
    SRV_023("OPES-SRV-023", 409, "person {0} already has an application to vacancy {1} (application {2})"),
    SRV_024("OPES-SRV-024", 409, "interview slot {0} is already booked (or the invitation already has a slot): choose another"),
    SRV_025("OPES-SRV-025", 409, "the person''s record already holds this {0}"),
    SRV_026("OPES-SRV-026", 409, "person {0} already has an open referral to partner {1}"),
    SRV_027("OPES-SRV-027", 409, "a partner named ''{0}'' already exists in province {1}"),
    SRV_028("OPES-SRV-028", 422, "the cross-border feed was refused and nothing was imported: {0} error(s), the first: {1}"),

    // Audit trail (OPES-AUD); 001 and 002 are raised by the database itself (migration V2).
    AUD_001("OPES-AUD-001", 409, "the audit trail is append-only ({0} refused)"),
    AUD_002("OPES-AUD-002", 409, "{0} on {1} refused: no actor in context"),
    AUD_003("OPES-AUD-003", 500, "the audit trail is broken at record {0}: {1}"),

    // HTTP API and CLI (OPES-API).
    API_001("OPES-API-001", 400, "query parameter ''{0}'' is required"),
    API_002("OPES-API-002", 400, "query parameter ''{0}'': {1}"),
    API_003("OPES-API-003", 404, "no such resource: {0}"),
    API_004("OPES-API-004", 500, "internal error (reference {0})"),
    API_005("OPES-API-005", 400, "configuration ''{0}'': {1}"),
    API_007("OPES-API-007", 405, "method {0} is not allowed on {1} (allowed: {2})"),
    API_008("OPES-API-008", 400, "the request is malformed: {0}"),
    API_006("OPES-API-006", 403, "query parameter ''k'': {0} is below the disclosure threshold {1} set by the observatory''s configuration; a caller may only ask for a higher one"),

    // Forecasts (OPES-FCS).
    FCS_001("OPES-FCS-001", 400, "{0} row {1}: {2}"),
    FCS_002("OPES-FCS-002", 400, "--series {0}: {1}"),

    // Skills and matching (OPES-SKL).
    SKL_001("OPES-SKL-001", 400, "{0}: language ''{1}'' is not supported (supported: {2})"),
    SKL_002("OPES-SKL-002", 400, "{0}: text is empty"),
    SKL_003("OPES-SKL-003", 400, "input file {0} line {1}: {2}"),
    SKL_004("OPES-SKL-004", 404, "{0} ''{1}'' not found"),
    SKL_005("OPES-SKL-005", 400, "{0}: {1}");

    private final String code;
    private final int httpStatus;
    private final String template;

    ErrorCode(String code, int httpStatus, String template) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.template = template;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String template() {
        return template;
    }

    /** The human message for these arguments, without the code prefix. */
    public String format(Object... args) {
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(template, java.util.Locale.ROOT).format(safe);
    }
}
