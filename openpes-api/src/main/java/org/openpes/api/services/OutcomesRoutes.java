package org.openpes.api.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openpes.services.app.OutcomesService;
import org.openpes.services.outcomes.Evaluation;
import org.openpes.services.outcomes.Service;

/** The outcomes of a service: as JSON for the page, as CSV for the analyst's own tools. */
final class OutcomesRoutes {
    private final Supplier<OutcomesService> outcomes;

    OutcomesRoutes(Supplier<OutcomesService> outcomes) {
        this.outcomes = outcomes;
    }

    void addTo(Map<String, ServiceRoutes.Work> h) {
        h.put("GET /api/outcomes", (ctx, s, c) -> ctx.json(view(evaluate(ctx, c))));
        h.put("GET /api/outcomes.csv", (ctx, s, c) -> {
            Evaluation e = evaluate(ctx, c);
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"outcomes.csv\"").result(e.csv());
        });
    }

    private Evaluation evaluate(io.javalin.http.Context ctx, org.openpes.services.access.Caller c) {
        return outcomes.get().evaluate(c, Service.parse(ctx.queryParam("service"))).orThrow();
    }

    static Map<String, Object> view(Evaluation e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("service", e.service());
        v.put("observedUntil", e.observedUntil().toString());
        v.put("received", e.received());
        v.put("matched", e.matched());
        v.put("matchedAtLevel", e.matchedAtLevel());
        v.put("controlsPerPerson", e.controlsPerPerson());
        List<Map<String, Object>> rows = new ArrayList<>();
        e.hired().forEach(h -> rows.add(row("hired", h)));
        rows.add(row("durable", e.durableWithin365Days()));
        v.put("rows", rows);
        v.put("medianDaysTreated", e.medianDaysTreated());
        v.put("medianDaysComparison", e.medianDaysControls());
        return v;
    }

    private static Map<String, Object> row(String outcome, Evaluation.Horizon h) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("outcome", outcome);
        r.put("days", h.days());
        r.put("people", h.people());
        r.put("treatedShare", h.treatedShare());
        r.put("comparisonShare", h.comparisonShare());
        r.put("difference", h.difference());
        r.put("low", h.low());
        r.put("high", h.high());
        r.put("suppressed", h.suppressed());
        return r;
    }

}
