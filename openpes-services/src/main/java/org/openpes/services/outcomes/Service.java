package org.openpes.services.outcomes;

import java.util.Locale;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.services.patto.ActionKind;
import org.openpes.services.patto.GolPath;

/**
 * A service whose outcomes are measured, and the day each person received it: a patto signed (the day of its first
 * signature), a GOL path (the day a patto with that path was signed), an action of a kind done (the day it was done).
 * Written {@code patto}, {@code path:RIQUALIFICAZIONE}, {@code action:GOL_RESKILLING_COURSE}.
 */
public record Service(Kind kind, String value) {
    public enum Kind {
        PATTO_SIGNED, GOL_PATH, ACTION_DONE
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
            if (t.startsWith("action:")) {
                return new Service(Kind.ACTION_DONE,
                        ActionKind.valueOf(t.substring(7).toUpperCase(Locale.ROOT)).name());
            }
        } catch (IllegalArgumentException e) {
            // an unknown path or action kind: the message below says what is known
        }
        throw new OpenPesException(ErrorCode.SRV_004, "service", "patto, path:GOL_PATH (e.g. path:RIQUALIFICAZIONE) "
                + "or action:KIND (e.g. action:GOL_UPSKILLING_COURSE)");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PATTO_SIGNED -> "patto";
            case GOL_PATH -> "path:" + value;
            case ACTION_DONE -> "action:" + value;
        };
    }
}
