package org.openpes.services.vacancies;

/** Why an application was refused (a list, so that refusals can be counted; les-emplois keeps one too). */
public enum RefusalReason {
    SKILLS_DO_NOT_MATCH, EXPERIENCE_INSUFFICIENT, CANDIDATE_NOT_AVAILABLE, CANDIDATE_DECLINED, CANDIDATE_UNREACHABLE,
    DID_NOT_ATTEND_INTERVIEW, POSITION_FILLED, DISTANCE, CONTRACT_NOT_WANTED, OTHER
}
