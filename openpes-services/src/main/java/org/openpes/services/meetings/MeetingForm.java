package org.openpes.services.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * A meeting as an operator records it: the day (not in the future), one attendee per line (1 to 50), the minutes,
 * one decision per line, and follow-ups as {@code what; owner; YYYY-MM-DD}, one per line, due on or after the
 * meeting. {@link #check} names the first field at fault (OPES-SRV-004), with the line when it is one of several.
 */
public record MeetingForm(String heldOn, String attendees, String minutes, String decisions, String followUps) {
    private static final int MAX_LINES = 50;

    public Outcome<Meeting> check(String subject, LocalDate today, Supplier<String> ids) {
        LocalDate day;
        try {
            day = LocalDate.parse(heldOn == null ? "" : heldOn.strip());
        } catch (DateTimeParseException e) {
            return field("held_on", "a date, YYYY-MM-DD");
        }
        if (day.isAfter(today) || day.isBefore(today.minusYears(5))) {
            return field("held_on", "a day of the last five years, not in the future");
        }
        List<String> who = lines(attendees);
        if (who.isEmpty() || who.size() > MAX_LINES) {
            return field("attendees", "1 to " + MAX_LINES + " attendees, one per line");
        }
        for (int i = 0; i < who.size(); i++) {
            if (!text(who.get(i), 200)) {
                return field("attendees", "line " + (i + 1) + ": 1 to 200 characters");
            }
        }
        if (minutes == null || minutes.isBlank() || minutes.strip().length() > 20_000
                || minutes.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return field("minutes", "1 to 20000 characters");
        }
        List<String> decided = lines(decisions);
        if (decided.size() > MAX_LINES || decided.stream().anyMatch(d -> !text(d, 1000))) {
            return field("decisions", "up to " + MAX_LINES + " decisions, one per line, each up to 1000 characters");
        }
        String id = ids.get();
        List<FollowUp> actions = new ArrayList<>();
        List<String> raw = lines(followUps);
        if (raw.size() > MAX_LINES) {
            return field("follow_ups", "up to " + MAX_LINES + " follow-ups");
        }
        for (int i = 0; i < raw.size(); i++) {
            String[] parts = raw.get(i).split(";", -1);
            if (parts.length != 3 || !text(parts[0].strip(), 500) || !text(parts[1].strip(), 200)) {
                return field("follow_ups", "line " + (i + 1) + ": 'what; who; YYYY-MM-DD'");
            }
            LocalDate due;
            try {
                due = LocalDate.parse(parts[2].strip());
            } catch (DateTimeParseException e) {
                return field("follow_ups", "line " + (i + 1) + ": the day due is not a date, YYYY-MM-DD");
            }
            if (due.isBefore(day)) {
                return field("follow_ups", "line " + (i + 1) + ": due before the meeting");
            }
            actions.add(new FollowUp(id + "-" + (i + 1), id, parts[0].strip(), parts[1].strip(), due, null));
        }
        return Outcome.done(new Meeting(id, subject, day, who, minutes.strip(), decided, actions));
    }

    private static List<String> lines(String s) {
        if (s == null) {
            return List.of();
        }
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean text(String s, int max) {
        return !s.isEmpty() && s.length() <= max && s.chars().noneMatch(Character::isISOControl);
    }

    private static Outcome<Meeting> field(String name, String why) {
        return Outcome.refused(new Refusal(ErrorCode.SRV_004, name, why));
    }
}
