package org.openpes.services.access;

import static org.openpes.services.access.Permission.AUDIT_READ;
import static org.openpes.services.access.Permission.BREAK_GLASS;
import static org.openpes.services.access.Permission.CASELOAD_READ;
import static org.openpes.services.access.Permission.CRISIS_WORK;
import static org.openpes.services.access.Permission.CROSS_BORDER;
import static org.openpes.services.access.Permission.EMPLOYER_READ;
import static org.openpes.services.access.Permission.EMPLOYER_WRITE;
import static org.openpes.services.access.Permission.EVENT_WRITE;
import static org.openpes.services.access.Permission.OUTCOMES_READ;
import static org.openpes.services.access.Permission.OWN_RECORD_READ;
import static org.openpes.services.access.Permission.PARTNER_NETWORK;
import static org.openpes.services.access.Permission.PATTO_READ;
import static org.openpes.services.access.Permission.PATTO_SIGN;
import static org.openpes.services.access.Permission.PATTO_WRITE;
import static org.openpes.services.access.Permission.PERSON_READ;
import static org.openpes.services.access.Permission.PERSON_REGISTER;
import static org.openpes.services.access.Permission.PERSON_SEARCH;
import static org.openpes.services.access.Permission.PERSON_TRANSFER;
import static org.openpes.services.access.Permission.PROFILING_MODEL;
import static org.openpes.services.access.Permission.PROTECTED_READ;
import static org.openpes.services.access.Permission.REFERRAL_WORK;
import static org.openpes.services.access.Permission.USER_ADMIN;
import static org.openpes.services.access.Permission.VACANCY_WRITE;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of a PES and their permissions: this table is the one definition that the use cases, the role × route
 * matrix (docs/security.md) and its test read. The administrator manages accounts but reads no personal record; the
 * auditor reads the audit trail only; a partner organisation sees only the people referred to it.
 */
public enum Role {
    OPERATOR(PERSON_REGISTER, PERSON_READ, PERSON_SEARCH, PATTO_READ, CASELOAD_READ, PARTNER_NETWORK, REFERRAL_WORK,
            BREAK_GLASS, CROSS_BORDER),
    CASE_MANAGER(PERSON_REGISTER, PERSON_READ, PERSON_SEARCH, PATTO_READ, PATTO_WRITE, PATTO_SIGN, CASELOAD_READ,
            PARTNER_NETWORK, REFERRAL_WORK, BREAK_GLASS, CROSS_BORDER),
    ACCOUNT_MANAGER(EMPLOYER_READ, EMPLOYER_WRITE, VACANCY_WRITE, EVENT_WRITE, CROSS_BORDER),
    CRISIS_UNIT(PERSON_READ, PERSON_SEARCH, PATTO_READ, CRISIS_WORK, BREAK_GLASS),
    ANALYST(PROFILING_MODEL, OUTCOMES_READ),
    PARTNER(PERSON_READ, PATTO_READ, REFERRAL_WORK),
    SUPERVISOR(PERSON_READ, PERSON_SEARCH, PERSON_TRANSFER, PROTECTED_READ, PATTO_READ, CASELOAD_READ,
            PROFILING_MODEL, OUTCOMES_READ, EMPLOYER_READ, PARTNER_NETWORK, BREAK_GLASS),
    ADMINISTRATOR(USER_ADMIN),
    AUDITOR(AUDIT_READ),
    CITIZEN(OWN_RECORD_READ);

    private final Set<Permission> permissions;

    Role(Permission... permissions) {
        this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class)
                : EnumSet.of(permissions[0], permissions);
    }

    public boolean may(Permission p) {
        return permissions.contains(p);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions);
    }
}
