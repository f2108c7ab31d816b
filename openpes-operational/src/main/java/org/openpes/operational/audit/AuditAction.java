package org.openpes.operational.audit;

/** What was done to personal data (the database's list in {@code audit_record.action}). */
public enum AuditAction {
    CREATE, READ, UPDATE, DELETE, SEARCH, LOAD, LOGIN, BREAK_GLASS, LOWER_THRESHOLD
}
