package org.openpes.api.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.services.app.ProfilingService;
import org.openpes.services.patto.GolPath;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.ModelCheck;
import org.openpes.services.profiling.Profile;
import org.openpes.services.profiling.ProfilingModel;
import org.openpes.services.profiling.Questionnaire;

/** The profiling routes' work: a person's profile and its assessment; the region's model, fitted and checked. */
final class ProfilingRoutes {
    private final Supplier<ProfilingService> profiling;
    private final ObjectMapper json;

    ProfilingRoutes(Supplier<ProfilingService> profiling, ObjectMapper json) {
        this.profiling = profiling;
        this.json = json;
    }

    void addTo(Map<String, ServiceRoutes.Work> h) {
        h.put("GET /api/people/{id}/profile", (ctx, s, c) -> ctx.json(view(profiling.get().profile(c,
                new PersonId(ctx.pathParam("id"))).orThrow())));
        h.put("POST /api/people/{id}/profile", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            Body q = b.object("questionnaire");
            Questionnaire answers = new Questionnaire(q.flag("caringResponsibilities"), q.flag("healthLimitation"),
                    q.flag("followedBySocialServices"), q.flag("housingDifficulty"), q.flag("needsItalianLanguage"),
                    q.flag("lacksDigitalSkills"), q.flag("willingToRetrain"));
            ctx.status(201).json(view(profiling.get().assess(c, new PersonId(ctx.pathParam("id")), answers,
                    path(b.optionalText("path")), b.optionalText("reason"), b.integer("version")).orThrow()));
        });
        h.put("GET /api/people/{id}/work-history", (ctx, s, c) -> ctx.json(view(profiling.get().workHistory(c,
                new PersonId(ctx.pathParam("id"))).orThrow())));
        h.put("GET /api/profiling/model", (ctx, s, c) -> ctx.json(view(profiling.get().model(c).orThrow())));
        h.put("POST /api/profiling/model", (ctx, s, c) -> ctx.status(201).json(view(profiling.get().fit(c)
                .orThrow())));
    }

    private static GolPath path(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (GolPath p : GolPath.values()) {
            if (p.name().equalsIgnoreCase(text.strip()) || String.valueOf(p.number()).equals(text.strip())) {
                return p;
            }
        }
        throw new OpenPesException(ErrorCode.SRV_004, "path", "a GOL path, 1 to 5 or its name (REINSERIMENTO, ...)");
    }

    static Map<String, Object> view(Profile p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("employedIn6Months", round(p.employedIn6Months()));
        v.put("employedIn12Months", round(p.employedIn12Months()));
        v.put("risk", p.risk().name());
        v.put("mainFactors", p.mainFactors().stream().map(f -> Map.of("category", f.category(), "weight",
                round(f.weight()))).toList());
        v.put("questionnaire", p.questionnaire());
        v.put("barriers", p.questionnaire().barriers());
        v.put("proposedPath", Map.of("name", p.proposed().name(), "number", p.proposed().number()));
        v.put("chosenPath", Map.of("name", p.chosen().name(), "number", p.chosen().number()));
        v.put("overridden", p.overridden());
        v.put("overrideReason", p.overrideReason());
        v.put("recorded", p.version() > 0);
        v.put("version", p.version());
        v.put("decidedAt", p.version() > 0 ? p.decidedAt().toString() : null);
        return v;
    }

    static Map<String, Object> view(org.openpes.services.app.WorkHistories.Seen w) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("observedUntil", w.observedUntil().toString());
        v.put("seenOn", w.today().toString());
        v.put("did", w.did() == null ? null : w.did().toString());
        v.put("firstHireAfterDid", w.fromDid().nextHire() == null ? null : w.fromDid().nextHire().toString());
        v.put("lastContractEnded", w.fromToday().lastEnd() == null ? null : w.fromToday().lastEnd().toString());
        v.put("monthsWithoutWork", w.fromToday().lastEnd() == null ? null
                : java.time.temporal.ChronoUnit.MONTHS.between(w.fromToday().lastEnd(), w.today()));
        v.put("contractsInLast24Months", w.fromToday().contractsIn24Months());
        v.put("lastCp2011", w.fromToday().lastCp2011());
        v.put("lastContractGroup", w.fromToday().lastContractGroup());
        return v;
    }

    static Map<String, Object> view(ProfilingModel m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("observedUntil", m.observedUntil().toString());
        v.put("riskClasses", Map.of("lowRiskFrom", round(m.upperTercile()), "highRiskBelow", round(m.lowerTercile())));
        v.put("horizons", List.of(horizon(m.sixMonths()), horizon(m.twelveMonths())));
        return v;
    }

    private static Map<String, Object> horizon(ProfilingModel.Horizon h) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("months", h.months());
        v.put("fittedOn", h.fittedOn());
        v.put("heldOut", check(h.heldOut()));
        Map<String, Object> bySex = new LinkedHashMap<>();
        h.bySex().forEach((k, c) -> bySex.put(k, check(c)));
        v.put("bySex", bySex);
        Map<String, Object> byCitizenship = new LinkedHashMap<>();
        h.byCitizenship().forEach((k, c) -> byCitizenship.put(k, check(c)));
        v.put("byCitizenship", byCitizenship);
        return v;
    }

    private static Map<String, Object> check(ModelCheck c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("people", c.people());
        v.put("auc", round(c.auc()));
        v.put("brier", round(c.brier()));
        v.put("calibration", c.calibration().stream().map(b -> Map.of("people", b.people(), "predicted",
                round(b.predicted()), "observed", round(b.observed()))).toList());
        return v;
    }

    private static Object round(double x) {
        return Double.isNaN(x) ? null : Double.valueOf(String.format(Locale.ROOT, "%.4f", x));
    }
}
