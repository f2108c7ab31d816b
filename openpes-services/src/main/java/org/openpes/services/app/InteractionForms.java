package org.openpes.services.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.employers.Interaction;
import org.openpes.services.employers.InteractionKind;
import org.openpes.services.workflow.Refusal;

/** Reads an interaction form, refusing the first bad field by name (OPES-SRV-004). */
final class InteractionForms {
    private static final int LONGEST = 4000;

    private InteractionForms() {
    }

    static Interaction parse(String id, String employerCode, EmployerService.InteractionForm f, String actor,
            LocalDate today) {
        InteractionKind kind;
        try {
            kind = InteractionKind.valueOf(f.kind() == null ? "" : f.kind());
        } catch (IllegalArgumentException e) {
            throw refused("kind", "one of " + java.util.Arrays.toString(InteractionKind.values()));
        }
        LocalDate on = date("on", f.on());
        if (on == null) {
            throw refused("on", "the day of the contact is required (YYYY-MM-DD)");
        }
        if (on.isAfter(today)) {
            throw refused("on", "a contact cannot be in the future");
        }
        String note = text("note", f.note());
        if (note == null) {
            throw refused("note", "say what was discussed");
        }
        String step = text("nextStep", f.nextStep());
        LocalDate due = date("nextStepDue", f.nextStepDue());
        if ((step == null) != (due == null)) {
            throw refused(step == null ? "nextStep" : "nextStepDue", "a next step needs both what and when");
        }
        if (due != null && due.isBefore(on)) {
            throw refused("nextStepDue", "cannot be before the contact");
        }
        return new Interaction(id, employerCode, kind, on, note, step, due, false, actor);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw refused(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String text(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > LONGEST) {
            throw refused(field, "at most " + LONGEST + " characters");
        }
        return text.strip();
    }

    private static Refused refused(String field, String why) {
        return new Refused(new Refusal(ErrorCode.SRV_004, field, why));
    }
}
