package org.openpes.services.crisis;

import java.util.EnumSet;
import java.util.Set;

/**
 * The watch list's first rule (a model comes with the anticipation work), on a firm's CO of the last two quarters
 * against the two before:
 * <ul>
 * <li>terminations rising: at least {@value #RISING_AT_LEAST} terminations lately, at least twice the hires and one
 * and a half times the terminations before;</li>
 * <li>collective terminations: at least {@value #COLLECTIVE_AT_LEAST} terminations lately for collective dismissal or
 * the end of the employer's activity;</li>
 * <li>hires stopped: no hire lately after at least {@value #STOPPED_AFTER} before.</li>
 * </ul>
 */
public final class WatchRule {
    static final int RISING_AT_LEAST = 10;
    static final int COLLECTIVE_AT_LEAST = 5;
    static final int STOPPED_AFTER = 5;

    private WatchRule() {
    }

    /** A firm's counts: hires and terminations lately and before, and the collective ones lately. */
    public record Flows(int hiresLately, int hiresBefore, int terminationsLately, int terminationsBefore,
            int collectiveLately) {
    }

    public static Set<Signal> signals(Flows f) {
        Set<Signal> out = EnumSet.noneOf(Signal.class);
        if (f.terminationsLately() >= RISING_AT_LEAST && f.terminationsLately() >= 2 * f.hiresLately()
                && 2 * f.terminationsLately() >= 3 * f.terminationsBefore()) {
            out.add(Signal.TERMINATIONS_RISING);
        }
        if (f.collectiveLately() >= COLLECTIVE_AT_LEAST) {
            out.add(Signal.COLLECTIVE_TERMINATIONS);
        }
        if (f.hiresLately() == 0 && f.hiresBefore() >= STOPPED_AFTER) {
            out.add(Signal.HIRES_STOPPED);
        }
        return out;
    }
}
