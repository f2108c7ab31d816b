package org.openpes.services.employers;

/**
 * The workers an employer must hire from the protected categories (L. 68/1999 art. 3 c.1, disabled workers): one from
 * 15 to 35 employees, two from 36 to 50, seven per cent above 50 (rounded down, as the Ministry's forms compute it).
 * The headcount comes from the CO contracts open on a day: every contract counts as one (part-time is not weighted
 * and no category is excluded), so the figure is an indication for the account manager, not the legal computation.
 */
public final class ProtectedQuota {
    private ProtectedQuota() {
    }

    public static int of(int headcount) {
        if (headcount < 15) {
            return 0;
        }
        if (headcount <= 35) {
            return 1;
        }
        if (headcount <= 50) {
            return 2;
        }
        return headcount * 7 / 100;
    }
}
