package org.openpes.services.outcomes;

import java.util.Locale;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.services.patto.ActionKind;
import org.openpes.services.patto.GolPath;

/**
 * A service whose outcomes are measured, and the day each person received it: a patto signed (the day of its first
 * signature), a GOL path (the day a patto with that path was signed), an action of a kind done (the day it was done),
 * a proposal to an employer (the day the CPI first put the person on a vacancy, by the matcher's shortlist or by
 * hand: a later CO hire is a placement), a recruiting event attended (its day), a crisis case (the day the crisis
 * unit opened the case of the firm the person worked for), a referral to a partner (the day of the first one; of a
 * kind of partner with {@code referral:KIND}). Written {@code patto}, {@code path:RIQUALIFICAZIONE},
 * {@code action:GOL_RESKILLING_COURSE}, {@code proposed}, {@code event}, {@code crisis}, {@code referral},
 * {@code referral:SOCIAL_COOPERATIVE}.
 */
public record Service(Kind kind, String value) {
    public enum Kind {
        PATTO_SIGNED, GOL_PATH, ACTION_DONE, PROPOSED, EVENT_ATTENDED, CRISIS_CASE, REFERRED
    }

    public static Service parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.equals("patto")) {
                return new Service(Kind.PATTO_SIGNED, "");
            }
            if (t.startsWith("path:")) {
                return new Service(Kind.GOL_PATH, GolPath.valueOf(t.substring(5).toUpperCase(Locale.ROOT)).name());
            }
            switch (t) {
                case "proposed" -> {
                    return new Service(Kind.PROPOSED, "");
                }
                case "event" -> {
                    return new Service(Kind.EVENT_ATTENDED, "");
                }
                case "crisis" -> {
                    return new Service(Kind.CRISIS_CASE, "");
                }
                case "referral" -> {
                    return new Service(Kind.REFERRED, "");
                }
                default -> {
                    // one with a value, below
                }
            }
            if (t.startsWith("referral:")) {
                return new Service(Kind.REFERRED, org.openpes.services.partners.PartnerKind.valueOf(t.substring(9)
                        .toUpperCase(Locale.ROOT)).name());
            }
            if (t.startsWith("action:")) {
                return new Service(Kind.ACTION_DONE,
                        ActionKind.valueOf(t.substring(7).toUpperCase(Locale.ROOT)).name());
            }
        } catch (IllegalArgumentException e) {
            // an unknown path or action kind: the message below says what is known
        }
        throw new OpenPesException(ErrorCode.SRV_004, "service", "patto, path:GOL_PATH (e.g. path:RIQUALIFICAZIONE), "
                + "action:KIND (e.g. action:GOL_UPSKILLING_COURSE), proposed, event, crisis, referral or "
                + "referral:PARTNER_KIND (e.g. referral:SOCIAL_COOPERATIVE)");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PATTO_SIGNED -> "patto";
            case GOL_PATH -> "path:" + value;
            case ACTION_DONE -> "action:" + value;
            case PROPOSED -> "proposed";
            case EVENT_ATTENDED -> "event";
            case CRISIS_CASE -> "crisis";
            case REFERRED -> value.isEmpty() ? "referral" : "referral:" + value;
        };
    }
}
