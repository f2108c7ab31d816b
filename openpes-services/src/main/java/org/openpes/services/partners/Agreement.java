package org.openpes.services.partners;

import java.time.LocalDate;

/**
 * A protocollo d'intesa or a convenzione with a partner, valid from one day to another. It is due for renewal in
 * its last {@link #RENEWAL_DAYS} days, and expired after.
 */
public record Agreement(String id, String partnerId, Kind kind, String title, LocalDate validFrom, LocalDate validTo) {
    public static final int RENEWAL_DAYS = 90;

    public enum Kind { PROTOCOLLO, CONVENZIONE }

    /** What the network page says of the agreement on {@code today}. */
    public enum Status { NOT_YET, VALID, RENEWAL_DUE, EXPIRED }

    public Status status(LocalDate today) {
        if (today.isBefore(validFrom)) {
            return Status.NOT_YET;
        }
        if (today.isAfter(validTo)) {
            return Status.EXPIRED;
        }
        return today.plusDays(RENEWAL_DAYS).isAfter(validTo) ? Status.RENEWAL_DUE : Status.VALID;
    }
}
