package org.openpes.api.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.openpes.services.app.CrisisService;
import org.openpes.services.crisis.Procedure;
import org.openpes.services.crisis.WatchRule;

/**
 * The crisis unit's routes: the watch list, a firm's crisis case with its workers and their re-employment, its round
 * table, and the group assessment that puts the workers on GOL path 5 with an outplacement action in their patto.
 */
final class CrisisRoutes {
    private final Supplier<CrisisService> crisis;
    private final org.openpes.services.app.PattoService patti;
    private final ObjectMapper json;

    CrisisRoutes(Supplier<CrisisService> crisis, org.openpes.services.app.PattoService patti, ObjectMapper json) {
        this.crisis = crisis;
        this.patti = patti;
        this.json = json;
    }

    void addTo(Map<String, ServiceRoutes.Work> h) {
        h.put("GET /api/crisis/watch", (ctx, s, c) -> ctx.json(crisis.get().watchList(c).orThrow().stream().map(w -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("account", w.account() == null ? null : EmployerRoutes.view(w.account()));
            v.put("province", w.province());
            v.put("flows", view(w.flows()));
            v.put("signals", w.signals());
            return v;
        }).toList()));
        h.put("POST /api/crisis", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(view(crisis.get().open(c, b.text("account"), b.oneOf("procedure", Procedure.class),
                    b.optionalText("at")).orThrow()));
        });
        h.put("GET /api/crisis/{id}", (ctx, s, c) -> ctx.json(view(crisis.get().read(c, ServiceRoutes.id(ctx))
                .orThrow())));
        h.put("POST /api/crisis/{id}/round-table", (ctx, s, c) -> ctx.status(201).json(MeetingViews.view(crisis.get()
                .recordRoundTable(c, ServiceRoutes.id(ctx), MeetingViews.form(Body.of(ctx, json))).orThrow())));
        h.put("POST /api/crisis/{id}/group-assessment", (ctx, s, c) -> {
            String id = ServiceRoutes.id(ctx);
            var done = patti.assessGroup(c, id, crisis.get().workersToEnrol(c, id).orThrow()).orThrow();
            ctx.json(Map.of("drafted", done.drafted(), "actionsAdded", done.actionsAdded(), "alreadyEnrolled",
                    done.alreadyEnrolled(), "outOfScope", done.outOfScope()));
        });
        h.put("POST /api/crisis/{id}/follow-ups/{followUp}/done", (ctx, s, c) -> ctx.json(MeetingViews.view(
                crisis.get().completeFollowUp(c, ServiceRoutes.id(ctx), ctx.pathParam("followUp")).orThrow())));
    }

    private static Map<String, Object> view(WatchRule.Flows f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("hiresLately", f.hiresLately());
        v.put("hiresBefore", f.hiresBefore());
        v.put("terminationsLately", f.terminationsLately());
        v.put("terminationsBefore", f.terminationsBefore());
        v.put("collectiveLately", f.collectiveLately());
        return v;
    }

    private static Map<String, Object> view(CrisisService.CaseView x) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", x.crisisCase().id());
        v.put("procedure", x.crisisCase().procedure().name());
        v.put("openedOn", x.crisisCase().openedOn().toString());
        v.put("workersAt", x.crisisCase().workersAt().toString());
        v.put("employer", EmployerRoutes.view(x.employer()));
        v.put("province", x.employer().workplaceComune().substring(0, 3));
        v.put("roundTable", MeetingViews.view(x.roundTable()));
        v.put("workers", x.workers());
        v.put("stillEmployed", x.stillEmployed());
        v.put("observedUntil", x.observedUntil().toString());
        v.put("registered", x.registered().stream().map(p -> Map.of("id", p.id().value(), "name",
                Views.displayName(p))).toList());
        v.put("curves", x.curves().stream().map(cv -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", cv.group());
            m.put("workers", cv.workers());
            m.put("reemployed", cv.reemployed());
            m.put("medianDays", cv.medianDays());
            m.put("steps", cv.steps().stream().map(st -> Map.of("day", st.day(), "survival",
                    Math.round(st.survival() * 10000) / 10000.0)).toList());
            return m;
        }).toList());
        return v;
    }
}
