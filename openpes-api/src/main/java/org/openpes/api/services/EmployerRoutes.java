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
import org.openpes.services.app.EmployerHistories;
import org.openpes.services.app.EmployerService;
import org.openpes.services.app.VacancyService;
import org.openpes.services.employers.EmployerAccount;
import org.openpes.services.employers.Interaction;
import org.openpes.services.people.PersonId;
import org.openpes.services.vacancies.Application;
import org.openpes.services.vacancies.ApplicationEvent;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.services.vacancies.VacancyEvent;
import org.openpes.services.employers.AccountDetails;
import org.openpes.skills.SkillsService;

/**
 * The employer services' routes: an account manager's portfolio and prospects, an employer's account (by its opaque
 * id), interactions, vacancies with their shortlists and applications. A vacancy written without skills gets those
 * the skills engine finds in its description, and without an occupation the best ESCO match of its title.
 */
final class EmployerRoutes {
    private final Supplier<EmployerService> employers;
    private final Supplier<VacancyService> vacancies;
    private final SkillsService skills;
    private final ObjectMapper json;

    EmployerRoutes(Supplier<EmployerService> employers, Supplier<VacancyService> vacancies, SkillsService skills,
            ObjectMapper json) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.skills = skills;
        this.json = json;
    }

    void addTo(Map<String, ServiceRoutes.Work> h) {
        h.put("GET /api/portfolio", (ctx, s, c) -> ctx.json(view(employers.get().portfolio(c).orThrow())));
        h.put("GET /api/portfolio/prospects", (ctx, s, c) -> ctx.json(employers.get().prospects(c).orThrow()
                .stream().map(p -> Map.of("account", view(p.account()), "hires", p.hires())).toList()));
        h.put("GET /api/portfolio/hires", (ctx, s, c) -> ctx.json(view(employers.get().hires(c).orThrow())));
        h.put("POST /api/accounts/{id}/details", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            Map<String, String> fields = new java.util.HashMap<>();
            for (String f : List.of("name", "role", "email", "phone", "comune", "label", "occupation", "skills",
                    "headcount", "from", "note")) {
                fields.put(f, b.optionalText(f));
            }
            EmployerService service = employers.get();
            AccountDetails d = service.addDetail(c, ServiceRoutes.id(ctx), b.oneOf("kind",
                    EmployerService.Detail.class), fields).orThrow();
            ctx.status(201).json(details(new LinkedHashMap<>(), d, service.labels(d)));
        });
        h.put("GET /api/accounts/{id}", (ctx, s, c) -> ctx.json(view(employers.get().account(c, ServiceRoutes.id(ctx))
                .orThrow())));
        h.put("POST /api/accounts/{id}/take", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.json(view(employers.get().take(c, ServiceRoutes.id(ctx), b.integer("version"), b.optionalText("reason"))
                    .orThrow()));
        });
        h.put("POST /api/accounts/{id}/interactions", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(view(employers.get().record(c, ServiceRoutes.id(ctx), new EmployerService.InteractionForm(
                    b.optionalText("kind"), b.optionalText("on"), b.optionalText("note"), b.optionalText("nextStep"),
                    b.optionalText("nextStepDue"))).orThrow()));
        });
        h.put("POST /api/interactions/{id}/done", (ctx, s, c) -> ctx.json(view(employers.get().stepDone(c, ServiceRoutes.id(ctx))
                .orThrow())));
        h.put("POST /api/accounts/{id}/vacancies", (ctx, s, c) -> ctx.status(201).json(view(vacancies.get()
                .create(c, ServiceRoutes.id(ctx), form(Body.of(ctx, json))).orThrow())));
        h.put("GET /api/vacancies/{id}/file", (ctx, s, c) -> ctx.json(view(vacancies.get().read(c, ServiceRoutes.id(ctx))
                .orThrow())));
        h.put("POST /api/vacancies/{id}/events", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.json(view(vacancies.get().move(c, ServiceRoutes.id(ctx), b.oneOf("event", VacancyEvent.class), b.integer("version"))
                    .orThrow()));
        });
        h.put("POST /api/vacancies/{id}/shortlist", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            int k = b.node().has("k") ? b.integer("k") : 10;
            ctx.status(201).json(vacancies.get().shortlist(c, ServiceRoutes.id(ctx), k).orThrow().stream().map(EmployerRoutes::view)
                    .toList());
        });
        h.put("POST /api/vacancies/{id}/applications", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(view(vacancies.get().add(c, ServiceRoutes.id(ctx), new PersonId(b.text("person")),
                    b.optionalText("reason")).orThrow()));
        });
        h.put("POST /api/applications/{id}/events", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.json(view(vacancies.get().move(c, ServiceRoutes.id(ctx), b.oneOf("event", ApplicationEvent.class),
                    b.optionalText("reason"), b.optionalText("note"), b.integer("version")).orThrow()));
        });
        h.put("POST /api/applications/expire", (ctx, s, c) -> ctx.json(Map.of("expired", vacancies.get().expire(c)
                .orThrow())));
    }

    private VacancyService.VacancyForm form(Body b) {
        String title = b.optionalText("title");
        String description = b.optionalText("description");
        String occupation = b.optionalText("occupationUri");
        List<String> given = new ArrayList<>();
        JsonNode list = b.node().get("essentialSkills");
        if (list != null && !list.isNull()) {
            if (!list.isArray() || list.size() > 50) {
                throw new OpenPesException(ErrorCode.SRV_004, "essentialSkills", "a list of at most 50 ESCO skill URIs");
            }
            list.forEach(n -> given.add(n.asText()));
        }
        if (skills != null && (occupation == null || occupation.isBlank()) && title != null && !title.isBlank()) {
            occupation = skills.normalise(title, "it", 1).stream().filter(t -> t.type().equals("occupation"))
                    .findFirst().map(SkillsService.NormalisedTitle::uri).orElse(null);
        }
        if (skills != null && given.isEmpty() && description != null && !description.isBlank()) {
            skills.extract(description, 15).forEach(m -> given.add(m.uri()));
        }
        Integer isced = b.node().has("minIsced") ? b.integer("minIsced") : null;
        return new VacancyService.VacancyForm(title, occupation, given, b.optionalText("comune"),
                b.optionalText("contractType"), b.optionalText("workingTime"), isced, b.optionalText("closesOn"));
    }

    static Map<String, Object> view(EmployerAccount a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", a.accountId());
        v.put("code", a.displayCode());
        v.put("soleTrader", a.soleTrader());
        v.put("ateco", a.ateco());
        v.put("section", a.section());
        v.put("comune", a.workplaceComune());
        v.put("sizeClass", a.sizeClass());
        v.put("managed", a.accountManager() != null);
        v.put("version", a.version());
        return v;
    }

    static Map<String, Object> view(Interaction i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", i.id());
        v.put("kind", i.kind().name());
        v.put("on", i.on().toString());
        v.put("note", i.note());
        v.put("nextStep", i.nextStep());
        v.put("nextStepDue", i.nextStepDue() == null ? null : i.nextStepDue().toString());
        v.put("nextStepDone", i.nextStepDone());
        return v;
    }

    static Map<String, Object> view(Vacancy x) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", x.id());
        v.put("title", x.title());
        v.put("occupationUri", x.occupationUri());
        v.put("essentialSkills", x.essentialSkills());
        v.put("comune", x.comune());
        v.put("contractType", x.contractType());
        v.put("workingTime", x.workingTime());
        v.put("minIsced", x.minIsced());
        v.put("publishedOn", x.publishedOn() == null ? null : x.publishedOn().toString());
        v.put("closesOn", x.closesOn() == null ? null : x.closesOn().toString());
        v.put("state", x.state().name());
        v.put("version", x.version());
        return v;
    }

    static Map<String, Object> view(Application a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", a.id());
        v.put("vacancy", a.vacancyId());
        v.put("person", a.person().value());
        v.put("source", a.source().name());
        v.put("state", a.state().name());
        v.put("refusal", a.refusal() == null ? null : a.refusal().name());
        v.put("note", a.note());
        v.put("changedOn", a.changedOn().toString());
        v.put("version", a.version());
        return v;
    }

    private static Map<String, Object> view(EmployerService.Portfolio p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("accounts", p.accounts().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>(view(l.account()));
            m.put("openVacancies", l.openVacancies());
            m.put("overdueSteps", l.overdueSteps());
            m.put("lastContact", l.lastContact() == null ? null : l.lastContact().toString());
            return m;
        }).toList());
        v.put("overdue", p.overdue().stream().map(EmployerRoutes::view).toList());
        v.put("openVacancies", p.openVacancies().stream().map(EmployerRoutes::view).toList());
        return v;
    }

    private static Map<String, Object> view(EmployerService.HireChecks h) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("observedUntil", h.observedUntil().toString());
        v.put("proposals", h.proposals());
        v.put("placements", h.placements());
        v.put("placementsWaitingForCo", h.placementsWaiting());
        v.put("accepted", h.accepted().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("application", c.applicationId());
            m.put("vacancy", c.vacancyId());
            m.put("employer", view(c.employer()));
            m.put("acceptedOn", c.acceptedOn().toString());
            m.put("hiredOn", c.hiredOn() == null ? null : c.hiredOn().toString());
            m.put("status", c.status().name());
            return m;
        }).toList());
        return v;
    }

    private static Map<String, Object> view(EmployerService.AccountView a) {
        Map<String, Object> v = new LinkedHashMap<>(view(a.account()));
        v.put("interactions", a.interactions().stream().map(EmployerRoutes::view).toList());
        v.put("vacancies", a.vacancies().stream().map(EmployerRoutes::view).toList());
        v.put("quarters", a.quarters().stream().map(EmployerRoutes::view).toList());
        v.put("headcount", a.headcount());
        v.put("protectedQuota", a.protectedQuota());
        v.put("observedUntil", a.observedUntil() == null ? null : a.observedUntil().toString());
        details(v, a.details(), a.labels());
        return v;
    }

    private static Map<String, Object> details(Map<String, Object> v, AccountDetails d,
            Map<String, Map<String, String>> labels) {
        v.put("contacts", d.contacts().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("role", c.role());
            m.put("email", c.email());
            m.put("phone", c.phone());
            return m;
        }).toList());
        v.put("establishments", d.establishments().stream().map(e -> Map.of("comune", e.comune(), "label",
                e.label())).toList());
        v.put("needs", d.needs().stream().map(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("occupation", n.occupationUri());
            m.put("occupationLabels", labels.getOrDefault(n.occupationUri(), Map.of()));
            m.put("skills", n.skills().stream().map(k -> labels.getOrDefault(k, Map.of()).getOrDefault("en", k))
                    .toList());
            m.put("headcount", n.headcount());
            m.put("from", n.from().toString());
            m.put("note", n.note());
            return m;
        }).toList());
        return v;
    }

    private static Map<String, Object> view(EmployerHistories.Quarter q) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("quarter", q.quarter());
        v.put("hires", q.hires());
        v.put("terminations", q.terminations());
        v.put("hiresByContract", q.hiresByContract());
        return v;
    }

    private static Map<String, Object> view(VacancyService.VacancyView x) {
        Map<String, Object> v = new LinkedHashMap<>(view(x.vacancy()));
        v.put("employer", view(x.employer()));
        v.put("applications", x.applications().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>(view(l.application()));
            m.put("name", l.person().givenName() + " " + l.person().familyName());
            return m;
        }).toList());
        return v;
    }
}
