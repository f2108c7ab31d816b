package org.openpes.services.access;

/** What a use case needs its caller to be allowed to do. */
public enum Permission {
    PERSON_REGISTER("register a person"),
    PERSON_READ("read a person's record"),
    PERSON_SEARCH("search people"),
    PERSON_TRANSFER("transfer a person to another CPI"),
    PROTECTED_READ("read protected data (disability, health, judicial)"),
    BREAK_GLASS("ask for time-limited access to a person's protected data, with a reason"),
    PATTO_READ("read a patto"),
    PATTO_WRITE("draft or revise a patto and its actions"),
    PATTO_SIGN("sign, suspend, close a patto"),
    CASELOAD_READ("read a caseload"),
    USER_ADMIN("manage user accounts"),
    AUDIT_READ("read the audit trail"),
    PROFILING_MODEL("fit the profiling model and read its checks"),
    OUTCOMES_READ("measure the outcomes of a service from the CO"),
    EMPLOYER_READ("read employers' accounts and portfolios"),
    EMPLOYER_WRITE("manage employers' accounts and record interactions"),
    VACANCY_WRITE("manage vacancies, their shortlists and applications"),
    CRISIS_WORK("follow firms in crisis: the watch list, crisis cases and their workers"),
    EVENT_WRITE("organise recruiting events: invitations, slots, attendance, interviews"),
    PARTNER_NETWORK("manage the partner network: organisations and their agreements"),
    REFERRAL_WORK("refer people to partners, follow and close referrals"),
    CROSS_BORDER("import a neighbouring PES's vacancies and match them with people who declared mobility"),
    OWN_RECORD_READ("read one's own record");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    /** What the permission allows, in words (the refusal's message and the matrix's documentation). */
    public String description() {
        return description;
    }
}
