package org.openpes.api.services;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.services.app.Meetings;
import org.openpes.services.meetings.MeetingForm;

/** Meetings as the pages read them (the crisis unit's round tables, partner meetings), and the form they send. */
final class MeetingViews {
    private MeetingViews() {
    }

    static MeetingForm form(Body b) {
        return new MeetingForm(b.optionalText("held_on"), b.optionalText("attendees"), b.optionalText("minutes"),
                b.optionalText("decisions"), b.optionalText("follow_ups"));
    }

    static List<Map<String, Object>> view(Meetings.Dated dated) {
        LocalDate today = dated.today();
        return dated.meetings().stream().map(m -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", m.id());
            v.put("heldOn", m.heldOn().toString());
            v.put("attendees", m.attendees());
            v.put("minutes", m.minutes());
            v.put("decisions", m.decisions());
            v.put("followUps", m.followUps().stream().map(f -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", f.id());
                x.put("what", f.what());
                x.put("owner", f.owner());
                x.put("dueOn", f.dueOn().toString());
                x.put("doneOn", f.doneOn() == null ? null : f.doneOn().toString());
                x.put("overdue", f.overdue(today));
                return x;
            }).toList());
            return v;
        }).toList();
    }
}
