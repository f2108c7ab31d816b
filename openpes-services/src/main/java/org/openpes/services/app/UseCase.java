package org.openpes.services.app;

import org.openpes.services.access.Permission;

/**
 * The use cases of this release and the permission each needs: the one list from which the role × route matrix is
 * generated (docs/security.md) and against which the HTTP routes are checked.
 */
public enum UseCase {
    REGISTER_PERSON(Permission.PERSON_REGISTER),
    READ_PERSON(Permission.PERSON_READ),
    SEE_PEOPLE_IN_RESULTS(Permission.PERSON_READ),
    FIND_PERSON_BY_FISCAL_CODE(Permission.PERSON_SEARCH),
    SEARCH_PEOPLE_BY_NAME(Permission.PERSON_SEARCH),
    TRANSFER_PERSON(Permission.PERSON_TRANSFER),
    RECORD_PROTECTED(Permission.PERSON_REGISTER),
    READ_PROTECTED(Permission.PERSON_READ),
    BREAK_THE_GLASS(Permission.BREAK_GLASS),
    LIST_BREAK_GLASS(Permission.PROTECTED_READ),
    DRAFT_PATTO(Permission.PATTO_WRITE),
    READ_PATTO(Permission.PATTO_READ),
    REVISE_PATTO(Permission.PATTO_WRITE),
    MOVE_PATTO(Permission.PATTO_SIGN),
    ADD_ACTION(Permission.PATTO_WRITE),
    MOVE_ACTION(Permission.PATTO_WRITE),
    READ_CASELOAD(Permission.CASELOAD_READ),
    CREATE_USER(Permission.USER_ADMIN),
    RESET_PASSWORD(Permission.USER_ADMIN),
    VERIFY_AUDIT(Permission.AUDIT_READ),
    READ_PROFILE(Permission.PERSON_READ),
    READ_WORK_HISTORY(Permission.PERSON_READ),
    READ_CURRICULUM(Permission.PERSON_READ),
    ADD_TO_CURRICULUM(Permission.PERSON_REGISTER),
    READ_PARTNER_NETWORK(Permission.PARTNER_NETWORK),
    ADD_PARTNER(Permission.PARTNER_NETWORK),
    ADD_AGREEMENT(Permission.PARTNER_NETWORK),
    LINK_PARTNER_USER(Permission.USER_ADMIN),
    LIST_PARTNER_DIRECTORY(Permission.USER_ADMIN),
    REFER_PERSON(Permission.PARTNER_NETWORK),
    READ_REFERRALS(Permission.REFERRAL_WORK),
    READ_PERSON_REFERRALS(Permission.PERSON_READ),
    CLOSE_REFERRAL(Permission.REFERRAL_WORK),
    READ_PARTNER_MEETINGS(Permission.PARTNER_NETWORK),
    RECORD_PARTNER_MEETING(Permission.PARTNER_NETWORK),
    COMPLETE_PARTNER_FOLLOW_UP(Permission.PARTNER_NETWORK),
    IMPORT_CROSS_BORDER_FEED(Permission.CROSS_BORDER),
    LIST_CROSS_BORDER_VACANCIES(Permission.CROSS_BORDER),
    MATCH_CROSS_BORDER_VACANCY(Permission.CROSS_BORDER),
    READ_PERSON_CROSS_BORDER(Permission.CROSS_BORDER),
    ASSESS_PERSON(Permission.PERSON_REGISTER),
    FIT_PROFILING_MODEL(Permission.PROFILING_MODEL),
    READ_PROFILING_MODEL(Permission.PROFILING_MODEL),
    READ_OUTCOMES(Permission.OUTCOMES_READ),
    READ_PORTFOLIO(Permission.EMPLOYER_READ),
    READ_EMPLOYER(Permission.EMPLOYER_READ),
    FIND_PROSPECTS(Permission.EMPLOYER_READ),
    TAKE_ACCOUNT(Permission.EMPLOYER_WRITE),
    RECORD_INTERACTION(Permission.EMPLOYER_WRITE),
    COMPLETE_NEXT_STEP(Permission.EMPLOYER_WRITE),
    CREATE_VACANCY(Permission.VACANCY_WRITE),
    MOVE_VACANCY(Permission.VACANCY_WRITE),
    READ_VACANCY(Permission.EMPLOYER_READ),
    SHORTLIST(Permission.VACANCY_WRITE),
    ADD_CANDIDATE(Permission.VACANCY_WRITE),
    MOVE_APPLICATION(Permission.VACANCY_WRITE),
    EXPIRE_APPLICATIONS(Permission.VACANCY_WRITE),
    CREATE_EVENT(Permission.EVENT_WRITE),
    LIST_EVENTS(Permission.EMPLOYER_READ),
    READ_EVENT(Permission.EMPLOYER_READ),
    ADD_EVENT_VACANCY(Permission.EVENT_WRITE),
    INVITE(Permission.EVENT_WRITE),
    RECORD_DELIVERY(Permission.EVENT_WRITE),
    RECORD_ATTENDANCE(Permission.EVENT_WRITE),
    ADD_SLOTS(Permission.EVENT_WRITE),
    BOOK_SLOT(Permission.EVENT_WRITE),
    RECORD_INTERVIEW(Permission.EVENT_WRITE),
    WATCH_FIRMS(Permission.CRISIS_WORK),
    OPEN_CRISIS_CASE(Permission.CRISIS_WORK),
    READ_CRISIS_CASE(Permission.CRISIS_WORK),
    RECORD_ROUND_TABLE(Permission.CRISIS_WORK),
    COMPLETE_CRISIS_FOLLOW_UP(Permission.CRISIS_WORK),
    GROUP_ASSESSMENT(Permission.CRISIS_WORK),
    UPDATE_ACCOUNT(Permission.EMPLOYER_WRITE);

    private final Permission permission;

    UseCase(Permission permission) {
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
