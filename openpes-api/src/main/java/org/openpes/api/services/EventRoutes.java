package org.openpes.api.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.services.app.EventService;
import org.openpes.services.events.Attendance;
import org.openpes.services.events.Channel;
import org.openpes.services.events.Delivery;
import org.openpes.services.events.Funnel;
import org.openpes.services.events.InterviewOutcome;
import org.openpes.services.events.Invitation;
import org.openpes.services.events.RecruitingEvent;
import org.openpes.services.events.Slot;

/** The recruiting events' routes (IncontraLavoro): events, their vacancies, invitations, slots and interviews. */
final class EventRoutes {
    private final Supplier<EventService> events;
    private final ObjectMapper json;

    EventRoutes(Supplier<EventService> events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    void addTo(Map<String, ServiceRoutes.Work> h) {
        h.put("GET /api/events", (ctx, s, c) -> ctx.json(events.get().list(c).orThrow().stream().map(l -> {
            Map<String, Object> v = view(l.event());
            v.put("funnel", view(l.funnel()));
            return v;
        }).toList()));
        h.put("POST /api/events", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(view(events.get().create(c, b.optionalText("title"), b.optionalText("day"),
                    b.optionalText("venue"), b.flag("online"), b.node().has("capacity") ? b.integer("capacity") : 50)
                    .orThrow()));
        });
        h.put("GET /api/events/{id}", (ctx, s, c) -> ctx.json(view(events.get().read(c, ServiceRoutes.id(ctx))
                .orThrow())));
        h.put("POST /api/events/{id}/vacancies", (ctx, s, c) -> ctx.status(201).json(EmployerRoutes.view(events.get()
                .addVacancy(c, ServiceRoutes.id(ctx), Body.of(ctx, json).text("vacancy")).orThrow())));
        h.put("POST /api/events/{id}/invitations", (ctx, s, c) -> ctx.status(201).json(events.get().invite(c,
                ServiceRoutes.id(ctx), Body.of(ctx, json).oneOf("channel", Channel.class)).orThrow().stream()
                .map(EventRoutes::view).toList()));
        h.put("POST /api/invitations/{id}/delivery", (ctx, s, c) -> ctx.json(view(events.get().delivery(c,
                ServiceRoutes.id(ctx), Body.of(ctx, json).oneOf("delivery", Delivery.class)).orThrow())));
        h.put("POST /api/invitations/{id}/attendance", (ctx, s, c) -> ctx.json(view(events.get().attendance(c,
                ServiceRoutes.id(ctx), Body.of(ctx, json).oneOf("attendance", Attendance.class)).orThrow())));
        h.put("POST /api/events/{id}/slots", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            List<String> times = new ArrayList<>();
            JsonNode list = b.node().get("times");
            if (list == null || !list.isArray()) {
                throw new OpenPesException(ErrorCode.SRV_004, "times", "a list of start times, HH:MM");
            }
            list.forEach(n -> times.add(n.asText()));
            ctx.status(201).json(events.get().addSlots(c, ServiceRoutes.id(ctx), b.text("vacancy"), times).orThrow()
                    .stream().map(EventRoutes::view).toList());
        });
        h.put("POST /api/slots/{id}/booking", (ctx, s, c) -> ctx.json(view(events.get().book(c, ServiceRoutes.id(ctx),
                Body.of(ctx, json).text("invitation")).orThrow())));
        h.put("POST /api/slots/{id}/interview", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.json(view(events.get().interview(c, ServiceRoutes.id(ctx), b.oneOf("outcome", InterviewOutcome.class),
                    b.optionalText("reason")).orThrow()));
        });
    }

    private static Map<String, Object> view(RecruitingEvent e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id());
        v.put("title", e.title());
        v.put("day", e.day().toString());
        v.put("venue", e.venue());
        v.put("online", e.online());
        v.put("capacity", e.capacity());
        v.put("cpi", e.cpi());
        return v;
    }

    private static Map<String, Object> view(Invitation i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", i.id());
        v.put("application", i.applicationId());
        v.put("person", i.person().value());
        v.put("channel", i.channel().name());
        v.put("delivery", i.delivery().name());
        v.put("attendance", i.attendance().name());
        return v;
    }

    private static Map<String, Object> view(Slot s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id());
        v.put("vacancy", s.vacancyId());
        v.put("startsAt", s.startsAt().toString());
        v.put("invitation", s.invitationId());
        v.put("outcome", s.outcome() == null ? null : s.outcome().name());
        return v;
    }

    private static Map<String, Object> view(Funnel f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("invited", f.invited());
        v.put("attended", f.attended());
        v.put("interviewed", f.interviewed());
        v.put("hired", f.hired());
        v.put("hiredIn30DaysCo", f.hiredIn30DaysCo());
        v.put("hiredIn90DaysCo", f.hiredIn90DaysCo());
        return v;
    }

    private static Map<String, Object> view(EventService.EventView x) {
        Map<String, Object> v = view(x.event());
        v.put("vacancies", x.vacancies().stream().map(EmployerRoutes::view).toList());
        v.put("invitations", x.invitations().stream().map(l -> {
            Map<String, Object> m = view(l.invitation());
            m.put("name", l.person().givenName() + " " + l.person().familyName());
            m.put("vacancy", l.application().vacancyId());
            m.put("applicationState", l.application().state().name());
            return m;
        }).toList());
        v.put("slots", x.slots().stream().map(EventRoutes::view).toList());
        v.put("funnel", view(x.funnel()));
        return v;
    }
}
