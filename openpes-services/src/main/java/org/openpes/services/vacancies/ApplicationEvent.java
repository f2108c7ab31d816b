package org.openpes.services.vacancies;

/** What can happen to an application. */
public enum ApplicationEvent {
    PROCESS, POSTPONE, PRE_HIRE, ACCEPT, REFUSE, CANCEL, MAKE_OBSOLETE, MOVE_TO_POOL, REOPEN
}
