package org.openpes.api.services;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openpes.api.http.Problem;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.services.app.CrossBorderRecords;
import org.openpes.services.app.CrossBorderService;
import org.openpes.services.crossborder.CrossBorderVacancy;
import org.openpes.services.crossborder.FeedError;
import org.openpes.services.feeds.MareFeedReader;

/**
 * Cross-border mobility (MA.R.E.): a neighbouring PES's vacancy feed posted as it is (its own body limit, larger than
 * other requests'), the open vacancies, and each one's candidates. A refused feed answers 422 with every row's error
 * in the problem document's {@code errors}.
 */
final class CrossBorderRoutes {
    private final Supplier<CrossBorderService> service;
    private final ReferenceData ref;

    CrossBorderRoutes(Supplier<CrossBorderService> service, ReferenceData ref) {
        this.service = service;
        this.ref = ref;
    }

    void addTo(Map<String, ServiceRoutes.Work> h) {
        h.put("POST /api/cross-border/feeds", (ctx, s, c) -> {
            var result = service.get().importFeed(c, MareFeedReader.read(body(ctx))).orThrow();
            if (result.imported()) {
                ctx.status(201).json(feed(result.feed()));
            } else {
                refused(ctx, result.errors());
            }
        });
        h.put("GET /api/cross-border/feeds", (ctx, s, c) -> ctx.json(service.get().feeds(c).orThrow().stream()
                .map(CrossBorderRoutes::feed).toList()));
        h.put("GET /api/cross-border/vacancies", (ctx, s, c) -> ctx.json(service.get().open(c).orThrow().stream()
                .map(this::vacancy).toList()));
        h.put("GET /api/people/{id}/cross-border", (ctx, s, c) -> person(ctx, c));
        h.put("GET /api/cross-border/vacancies/{id}/candidates", (ctx, s, c) -> {
            int k = org.openpes.api.http.Params.intInRange(ctx, "k", 20, 1, 200);
            var found = service.get().candidates(c, ServiceRoutes.id(ctx), k).orThrow();
            Map<String, Object> out = vacancy(found.vacancy());
            out.put("candidates", found.candidates().stream().map(x -> {
                Map<String, Object> m = Views.personSummary(x.person());
                m.put("score", x.score());
                m.put("why", x.why());
                return m;
            }).toList());
            ctx.json(out);
        });
    }

    private void person(Context ctx, org.openpes.services.access.Caller c) {
        ctx.json(service.get().forPerson(c, ServiceRoutes.personId(ctx)).orThrow().stream().map(f -> {
            Map<String, Object> m = vacancy(f.vacancy());
            m.put("score", f.score());
            m.put("why", f.why());
            return m;
        }).toList());
    }

    private static byte[] body(Context ctx) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes(MareFeedReader.MAX_BYTES + 1);
            if (b.length > MareFeedReader.MAX_BYTES) {
                throw new OpenPesException(ErrorCode.SRV_004, "feed", "larger than "
                        + MareFeedReader.MAX_BYTES / 1024 / 1024 + " MB: split it");
            }
            return b;
        }
    }

    private static void refused(Context ctx, List<FeedError> errors) {
        ErrorCode code = ErrorCode.SRV_028;
        Map<String, Object> p = new LinkedHashMap<>();
        Problem base = Problem.of(code.code(), "Unprocessable content", code.httpStatus(),
                code.code() + ": " + code.format(errors.size(), errors.get(0)), "/api/cross-border/feeds");
        p.put("type", base.type());
        p.put("title", base.title());
        p.put("status", base.status());
        p.put("detail", base.detail());
        p.put("code", base.code());
        p.put("instance", base.instance());
        p.put("errors", errors.stream().limit(1000).map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", e.row());
            m.put("id", e.id());
            m.put("field", e.field());
            m.put("message", e.message());
            return m;
        }).toList());
        ctx.status(code.httpStatus()).json(p).contentType(Problem.MEDIA_TYPE);
    }

    private static Map<String, Object> feed(CrossBorderRecords.FeedRecord f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("source", f.source());
        m.put("country", f.country());
        m.put("extractedOn", f.extractedOn().toString());
        m.put("rows", f.rows());
        m.put("created", f.created());
        m.put("updated", f.updated());
        return m;
    }

    private Map<String, Object> vacancy(CrossBorderVacancy v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("source", v.source());
        m.put("foreignId", v.foreignId());
        m.put("country", v.country());
        m.put("nuts3", v.nuts3());
        m.put("place", v.place());
        m.put("title", v.title());
        m.put("description", v.description());
        m.put("occupation", v.occupationUri());
        m.put("occupationLabels", ref.esco().preferredLabels(v.occupationUri()));
        m.put("occupationFromTitle", v.occupationFromTitle());
        m.put("skills", v.skills().size());
        m.put("languages", v.languages().stream().map(l -> Map.of("code", l.code(), "level", l.level().name()))
                .toList());
        m.put("contract", v.contract().name());
        m.put("hoursPerWeek", v.hoursPerWeek());
        m.put("publishedOn", v.publishedOn().toString());
        m.put("closesOn", v.closesOn().toString());
        return m;
    }
}
