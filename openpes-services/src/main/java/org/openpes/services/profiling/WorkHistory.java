package org.openpes.services.profiling;

import java.time.LocalDate;

/**
 * What the CO show of a person's work, seen from a date (their DID): the contracts that started in the 24 months
 * before it, when the last one ended, its occupation (CP2011) and contract group, the first hire after the date
 * (null when none was seen before the store's last day), and whether that hire is durable (permanent, or planned
 * for six months or more).
 */
public record WorkHistory(int contractsIn24Months, LocalDate lastEnd, String lastCp2011, String lastContractGroup,
        LocalDate nextHire, boolean nextHireDurable) {
    /** A person with no CO at all. */
    public static final WorkHistory NONE = new WorkHistory(0, null, null, null, null, false);
}
