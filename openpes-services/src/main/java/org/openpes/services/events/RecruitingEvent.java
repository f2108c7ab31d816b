package org.openpes.services.events;

import java.time.LocalDate;

/**
 * A recruiting day organised by a CPI: its title, day, venue (or online), how many candidates it can take, and the
 * CPI that organises it (whose account managers may change it).
 */
public record RecruitingEvent(String id, String title, LocalDate day, String venue, boolean online, int capacity,
        String cpi, String organiser) {
}
