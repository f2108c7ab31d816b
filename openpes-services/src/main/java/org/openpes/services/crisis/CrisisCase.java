package org.openpes.services.crisis;

import java.time.LocalDate;

/**
 * A firm in crisis followed by the crisis unit: the employer's account, the procedure, the day it opened, and the day
 * at which its workers were taken from the CO (the contracts open that day).
 */
public record CrisisCase(String id, String accountId, String employerCode, Procedure procedure, LocalDate openedOn,
        LocalDate workersAt, String cpi) {
}
