package org.openpes.api.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.openpes.services.app.PartnerService;
import org.openpes.services.partners.Agreement;
import org.openpes.services.partners.Partner;
import org.openpes.services.partners.PartnerKind;
import org.openpes.services.partners.Referral;

/** The partner network: organisations and agreements, and the referrals of people to partners. */
final class PartnerRoutes {
    private final Supplier<PartnerService> partners;
    private final ObjectMapper json;

    PartnerRoutes(Supplier<PartnerService> partners, ObjectMapper json) {
        this.partners = partners;
        this.json = json;
    }

    void addTo(Map<String, ServiceRoutes.Work> h) {
        h.put("GET /api/partners", (ctx, s, c) -> ctx.json(partners.get().network(c).orThrow().stream().map(e -> {
            Map<String, Object> v = view(e.partner());
            v.put("agreements", e.agreements().stream().map(d -> {
                Agreement a = d.agreement();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("kind", a.kind().name());
                m.put("title", a.title());
                m.put("validFrom", a.validFrom().toString());
                m.put("validTo", a.validTo().toString());
                m.put("status", d.status().name());
                return m;
            }).toList());
            return v;
        }).toList()));
        h.put("POST /api/partners", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(view(partners.get().add(c, b.text("name"), b.oneOf("kind", PartnerKind.class),
                    b.text("province")).orThrow()));
        });
        h.put("POST /api/partners/{id}/agreements", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            var d = partners.get().addAgreement(c, ServiceRoutes.id(ctx), b.oneOf("kind", Agreement.Kind.class),
                    b.text("title"), b.text("valid_from"), b.text("valid_to")).orThrow();
            ctx.status(201).json(Map.of("id", d.agreement().id(), "status", d.status().name()));
        });
        h.put("GET /api/partners/{id}/meetings", (ctx, s, c) -> ctx.json(MeetingViews.view(partners.get()
                .meetings(c, ServiceRoutes.id(ctx)).orThrow())));
        h.put("POST /api/partners/{id}/meetings", (ctx, s, c) -> ctx.status(201).json(MeetingViews.view(partners.get()
                .recordMeeting(c, ServiceRoutes.id(ctx), MeetingViews.form(Body.of(ctx, json))).orThrow())));
        h.put("POST /api/partners/{id}/follow-ups/{followUp}/done", (ctx, s, c) -> ctx.json(MeetingViews.view(
                partners.get().completeFollowUp(c, ServiceRoutes.id(ctx), ctx.pathParam("followUp")).orThrow())));
        h.put("POST /api/people/{id}/referrals", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(view(partners.get().refer(c, ServiceRoutes.personId(ctx), b.text("partner"),
                    b.text("reason")).orThrow()));
        });
        h.put("GET /api/people/{id}/referrals", (ctx, s, c) -> ctx.json(partners.get()
                .referralsOf(c, ServiceRoutes.personId(ctx)).orThrow().stream().map(PartnerRoutes::view).toList()));
        h.put("GET /api/referrals", (ctx, s, c) -> ctx.json(partners.get().referrals(c).orThrow().stream()
                .map(PartnerRoutes::view).toList()));
        h.put("POST /api/referrals/{id}/close", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.json(view(partners.get().close(c, ServiceRoutes.id(ctx), b.integer("version"), b.text("outcome"))
                    .orThrow()));
        });
    }

    private static Map<String, Object> view(Partner p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", p.id());
        v.put("name", p.name());
        v.put("kind", p.kind().name());
        v.put("province", p.province());
        return v;
    }

    private static Map<String, Object> view(Referral r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.id());
        v.put("person", r.person().value());
        v.put("partner", r.partnerId());
        v.put("reason", r.reason());
        v.put("state", r.state().name());
        v.put("openedOn", r.openedOn().toString());
        v.put("closedOn", r.closedOn() == null ? null : r.closedOn().toString());
        v.put("outcome", r.outcome());
        v.put("version", r.version());
        return v;
    }

    private static Map<String, Object> view(PartnerService.ReferralView rv) {
        Map<String, Object> v = view(rv.referral());
        v.put("name", Views.displayName(rv.person()));
        v.put("partnerName", rv.partner().name());
        return v;
    }
}
