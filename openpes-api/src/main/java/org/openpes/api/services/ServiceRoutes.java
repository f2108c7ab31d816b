package org.openpes.api.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.operational.audit.AuditTrail;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.app.CaseloadService;
import org.openpes.services.app.PattoService;
import org.openpes.services.app.PeopleService;
import org.openpes.services.app.UseCase;
import org.openpes.services.auth.AccountStore;
import org.openpes.services.auth.Authentication;
import org.openpes.services.patto.ActionEvent;
import org.openpes.services.patto.ActionKind;
import org.openpes.services.patto.PattoContent;
import org.openpes.services.patto.PattoEvent;
import org.openpes.services.people.PersonId;
import org.openpes.services.people.PersonRegistration;

/**
 * The routes of the public employment service. {@link #ROUTES} is the role × route matrix as data: each route names
 * the use case it runs (and so the permission it needs), or says it is public or open to anyone signed in; the
 * routes are registered from this list, and a test walks it with every role and an anonymous caller.
 */
public final class ServiceRoutes {
    /** Who may call a route: anyone, anyone signed in, or whoever may run its use case. */
    public record Route(HandlerType method, String path, boolean isPublic, UseCase useCase,
            boolean allowedBeforePasswordChange) {
    }

    public static final List<Route> ROUTES = List.of(
            new Route(HandlerType.POST, "/api/session", true, null, true),
            new Route(HandlerType.DELETE, "/api/session", false, null, true),
            new Route(HandlerType.GET, "/api/me", false, null, true),
            new Route(HandlerType.POST, "/api/me/password", false, null, true),
            new Route(HandlerType.POST, "/api/people", false, UseCase.REGISTER_PERSON, false),
            new Route(HandlerType.GET, "/api/people", false, UseCase.SEARCH_PEOPLE_BY_NAME, false),
            new Route(HandlerType.POST, "/api/people/lookup", false, UseCase.FIND_PERSON_BY_FISCAL_CODE, false),
            new Route(HandlerType.GET, "/api/people/{id}", false, UseCase.READ_PERSON, false),
            new Route(HandlerType.POST, "/api/people/{id}/transfer", false, UseCase.TRANSFER_PERSON, false),
            new Route(HandlerType.POST, "/api/people/{id}/protected", false, UseCase.RECORD_PROTECTED, false),
            new Route(HandlerType.GET, "/api/people/{id}/protected", false, UseCase.READ_PROTECTED, false),
            new Route(HandlerType.POST, "/api/people/{id}/break-glass", false, UseCase.BREAK_THE_GLASS, false),
            new Route(HandlerType.GET, "/api/break-glass", false, UseCase.LIST_BREAK_GLASS, false),
            new Route(HandlerType.POST, "/api/people/{id}/patti", false, UseCase.DRAFT_PATTO, false),
            new Route(HandlerType.GET, "/api/people/{id}/patti", false, UseCase.READ_PATTO, false),
            new Route(HandlerType.GET, "/api/patti/{id}", false, UseCase.READ_PATTO, false),
            new Route(HandlerType.GET, "/api/patti/{id}/pdf", false, UseCase.READ_PATTO, false),
            new Route(HandlerType.PUT, "/api/patti/{id}/content", false, UseCase.REVISE_PATTO, false),
            new Route(HandlerType.POST, "/api/patti/{id}/events", false, UseCase.MOVE_PATTO, false),
            new Route(HandlerType.POST, "/api/patti/{id}/actions", false, UseCase.ADD_ACTION, false),
            new Route(HandlerType.POST, "/api/actions/{id}/events", false, UseCase.MOVE_ACTION, false),
            new Route(HandlerType.GET, "/api/caseload", false, UseCase.READ_CASELOAD, false),
            new Route(HandlerType.POST, "/api/admin/users", false, UseCase.CREATE_USER, false),
            new Route(HandlerType.POST, "/api/admin/users/{username}/password", false, UseCase.RESET_PASSWORD,
                    false),
            new Route(HandlerType.GET, "/api/admin/partners", false, UseCase.LIST_PARTNER_DIRECTORY, false),
            new Route(HandlerType.POST, "/api/admin/users/{username}/partner", false, UseCase.LINK_PARTNER_USER,
                    false),
            new Route(HandlerType.GET, "/api/audit/verify", false, UseCase.VERIFY_AUDIT, false),
            new Route(HandlerType.GET, "/api/people/{id}/profile", false, UseCase.READ_PROFILE, false),
            new Route(HandlerType.GET, "/api/people/{id}/work-history", false, UseCase.READ_WORK_HISTORY, false),
            new Route(HandlerType.GET, "/api/people/{id}/curriculum", false, UseCase.READ_CURRICULUM, false),
            new Route(HandlerType.POST, "/api/people/{id}/curriculum", false, UseCase.ADD_TO_CURRICULUM, false),
            new Route(HandlerType.GET, "/api/partners", false, UseCase.READ_PARTNER_NETWORK, false),
            new Route(HandlerType.POST, "/api/partners", false, UseCase.ADD_PARTNER, false),
            new Route(HandlerType.POST, "/api/partners/{id}/agreements", false, UseCase.ADD_AGREEMENT, false),
            new Route(HandlerType.GET, "/api/partners/{id}/meetings", false, UseCase.READ_PARTNER_MEETINGS, false),
            new Route(HandlerType.POST, "/api/partners/{id}/meetings", false, UseCase.RECORD_PARTNER_MEETING, false),
            new Route(HandlerType.POST, "/api/partners/{id}/follow-ups/{followUp}/done", false,
                    UseCase.COMPLETE_PARTNER_FOLLOW_UP, false),
            new Route(HandlerType.POST, "/api/people/{id}/referrals", false, UseCase.REFER_PERSON, false),
            new Route(HandlerType.GET, "/api/people/{id}/referrals", false, UseCase.READ_PERSON_REFERRALS, false),
            new Route(HandlerType.GET, "/api/referrals", false, UseCase.READ_REFERRALS, false),
            new Route(HandlerType.POST, "/api/referrals/{id}/close", false, UseCase.CLOSE_REFERRAL, false),
            new Route(HandlerType.POST, "/api/cross-border/feeds", false, UseCase.IMPORT_CROSS_BORDER_FEED, false),
            new Route(HandlerType.GET, "/api/cross-border/feeds", false, UseCase.LIST_CROSS_BORDER_VACANCIES, false),
            new Route(HandlerType.GET, "/api/cross-border/vacancies", false, UseCase.LIST_CROSS_BORDER_VACANCIES,
                    false),
            new Route(HandlerType.GET, "/api/cross-border/vacancies/{id}/candidates", false,
                    UseCase.MATCH_CROSS_BORDER_VACANCY, false),
            new Route(HandlerType.GET, "/api/people/{id}/cross-border", false, UseCase.READ_PERSON_CROSS_BORDER,
                    false),
            new Route(HandlerType.POST, "/api/people/{id}/profile", false, UseCase.ASSESS_PERSON, false),
            new Route(HandlerType.GET, "/api/profiling/model", false, UseCase.READ_PROFILING_MODEL, false),
            new Route(HandlerType.POST, "/api/profiling/model", false, UseCase.FIT_PROFILING_MODEL, false),
            new Route(HandlerType.GET, "/api/outcomes", false, UseCase.READ_OUTCOMES, false),
            new Route(HandlerType.GET, "/api/outcomes.csv", false, UseCase.READ_OUTCOMES, false),
            new Route(HandlerType.GET, "/api/portfolio", false, UseCase.READ_PORTFOLIO, false),
            new Route(HandlerType.GET, "/api/portfolio/prospects", false, UseCase.FIND_PROSPECTS, false),
            new Route(HandlerType.GET, "/api/portfolio/hires", false, UseCase.READ_PORTFOLIO, false),
            new Route(HandlerType.GET, "/api/accounts/{id}", false, UseCase.READ_EMPLOYER, false),
            new Route(HandlerType.POST, "/api/accounts/{id}/take", false, UseCase.TAKE_ACCOUNT, false),
            new Route(HandlerType.POST, "/api/accounts/{id}/details", false, UseCase.UPDATE_ACCOUNT, false),
            new Route(HandlerType.POST, "/api/accounts/{id}/interactions", false, UseCase.RECORD_INTERACTION, false),
            new Route(HandlerType.POST, "/api/interactions/{id}/done", false, UseCase.COMPLETE_NEXT_STEP, false),
            new Route(HandlerType.POST, "/api/accounts/{id}/vacancies", false, UseCase.CREATE_VACANCY, false),
            new Route(HandlerType.GET, "/api/vacancies/{id}/file", false, UseCase.READ_VACANCY, false),
            new Route(HandlerType.POST, "/api/vacancies/{id}/events", false, UseCase.MOVE_VACANCY, false),
            new Route(HandlerType.POST, "/api/vacancies/{id}/shortlist", false, UseCase.SHORTLIST, false),
            new Route(HandlerType.POST, "/api/vacancies/{id}/applications", false, UseCase.ADD_CANDIDATE, false),
            new Route(HandlerType.POST, "/api/applications/{id}/events", false, UseCase.MOVE_APPLICATION, false),
            new Route(HandlerType.POST, "/api/applications/expire", false, UseCase.EXPIRE_APPLICATIONS, false),
            new Route(HandlerType.GET, "/api/events", false, UseCase.LIST_EVENTS, false),
            new Route(HandlerType.POST, "/api/events", false, UseCase.CREATE_EVENT, false),
            new Route(HandlerType.GET, "/api/events/{id}", false, UseCase.READ_EVENT, false),
            new Route(HandlerType.POST, "/api/events/{id}/vacancies", false, UseCase.ADD_EVENT_VACANCY, false),
            new Route(HandlerType.POST, "/api/events/{id}/invitations", false, UseCase.INVITE, false),
            new Route(HandlerType.POST, "/api/invitations/{id}/delivery", false, UseCase.RECORD_DELIVERY, false),
            new Route(HandlerType.POST, "/api/invitations/{id}/attendance", false, UseCase.RECORD_ATTENDANCE, false),
            new Route(HandlerType.POST, "/api/events/{id}/slots", false, UseCase.ADD_SLOTS, false),
            new Route(HandlerType.POST, "/api/slots/{id}/booking", false, UseCase.BOOK_SLOT, false),
            new Route(HandlerType.POST, "/api/slots/{id}/interview", false, UseCase.RECORD_INTERVIEW, false),
            new Route(HandlerType.GET, "/api/crisis/watch", false, UseCase.WATCH_FIRMS, false),
            new Route(HandlerType.POST, "/api/crisis", false, UseCase.OPEN_CRISIS_CASE, false),
            new Route(HandlerType.GET, "/api/crisis/{id}", false, UseCase.READ_CRISIS_CASE, false),
            new Route(HandlerType.POST, "/api/crisis/{id}/round-table", false, UseCase.RECORD_ROUND_TABLE, false),
            new Route(HandlerType.POST, "/api/crisis/{id}/group-assessment", false, UseCase.GROUP_ASSESSMENT, false),
            new Route(HandlerType.POST, "/api/crisis/{id}/follow-ups/{followUp}/done", false,
                    UseCase.COMPLETE_CRISIS_FOLLOW_UP, false));

    private final Authentication auth;
    private final PeopleService people;
    private final PattoService patti;
    private final CaseloadService caseloads;
    private final javax.sql.DataSource auditSource;
    private final Guard guard;
    private org.openpes.services.auth.OidcLogin oidc;
    private org.openpes.services.pg.PgIdempotency idempotency;
    private org.openpes.services.app.ProtectedDataService protectedData;
    private org.openpes.services.app.CurriculumService curriculum;
    private org.openpes.services.app.PartnerService partners;
    private org.openpes.services.app.CrossBorderService crossBorder;
    private org.openpes.reference.ReferenceData ref;
    private org.openpes.services.app.ProfilingService profiling;
    private org.openpes.services.app.OutcomesService outcomes;
    private org.openpes.services.app.EmployerService employers;
    private org.openpes.services.app.VacancyService vacancies;
    private org.openpes.services.app.EventService events;
    private org.openpes.services.app.CrisisService crisis;
    private org.openpes.skills.SkillsService skills;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    public ServiceRoutes(Authentication auth, PeopleService people, PattoService patti, CaseloadService caseloads,
            javax.sql.DataSource auditSource, boolean secureCookies) {
        this.auth = auth;
        this.people = people;
        this.patti = patti;
        this.caseloads = caseloads;
        this.auditSource = auditSource;
        this.guard = new Guard(auth, secureCookies);
    }

    /**
     * Adds sign-in through an OpenID Connect provider: {@code GET /auth/oidc/login} sends the browser to it, and
     * {@code GET /auth/oidc/callback} (the redirect URI registered at the provider) opens the session.
     */
    public ServiceRoutes withOidc(org.openpes.services.auth.OidcLogin login) {
        this.oidc = login;
        return this;
    }

    /**
     * Honours the {@code Idempotency-Key} header of changing requests: the same key and request give the first
     * answer again instead of running twice; the same key with another request is refused (OPES-SRV-015).
     */
    public ServiceRoutes withIdempotency(org.openpes.services.pg.PgIdempotency keys) {
        this.idempotency = keys;
        return this;
    }

    /** Serves people's protected data and the break-the-glass grants. */
    public ServiceRoutes withProtectedData(org.openpes.services.app.ProtectedDataService service) {
        this.protectedData = service;
        return this;
    }

    /** Serves people's curricula: education, training, declared work and skills. */
    public ServiceRoutes withCurriculum(org.openpes.services.app.CurriculumService service) {
        this.curriculum = service;
        return this;
    }

    /** Serves the partner network and the referrals of people to partners. */
    public ServiceRoutes withPartners(org.openpes.services.app.PartnerService service) {
        this.partners = service;
        return this;
    }

    /** Serves the cross-border vacancies of a neighbouring PES (MA.R.E.) and their candidates. */
    public ServiceRoutes withCrossBorder(org.openpes.services.app.CrossBorderService service,
            org.openpes.reference.ReferenceData reference) {
        this.crossBorder = service;
        this.ref = reference;
        return this;
    }

    /** Serves the outcomes of services. */
    public ServiceRoutes withOutcomes(org.openpes.services.app.OutcomesService service) {
        this.outcomes = service;
        return this;
    }

    /** Serves the employer services (portfolios, accounts, interactions, vacancies, applications) and the events. */
    public ServiceRoutes withEmployers(org.openpes.services.app.EmployerService employers,
            org.openpes.services.app.VacancyService vacancies, org.openpes.services.app.EventService events,
            org.openpes.skills.SkillsService skills) {
        this.events = events;
        this.employers = employers;
        this.vacancies = vacancies;
        this.skills = skills;
        return this;
    }

    /** Serves the crisis unit's watch list and cases. */
    public ServiceRoutes withCrisis(org.openpes.services.app.CrisisService service) {
        this.crisis = service;
        return this;
    }

    /** Serves profiles and the profiling model. */
    public ServiceRoutes withProfiling(org.openpes.services.app.ProfilingService service) {
        this.profiling = service;
        return this;
    }

    private org.openpes.services.app.ProfilingService profiling() {
        if (profiling == null) {
            throw new OpenPesException(ErrorCode.API_003, "profiling (this server has no CO store)");
        }
        return profiling;
    }

    private static <T> T configured(T service, String what) {
        if (service == null) {
            throw new OpenPesException(ErrorCode.API_003, what + " (not configured on this server)");
        }
        return service;
    }

    private org.openpes.services.app.ProtectedDataService protectedData() {
        if (protectedData == null) {
            throw new OpenPesException(ErrorCode.API_003, "protected data (not configured on this server)");
        }
        return protectedData;
    }

    /** A route's work, with the caller already checked. */
    @FunctionalInterface
    interface Work {
        void handle(Context ctx, AccountStore.LiveSession session, Caller caller) throws Exception;
    }

    public void register(JavalinConfig config) {
        new OlderLookUps(guard, people).register(config);
        if (oidc != null) {
            config.routes.get("/auth/oidc/login", ctx -> ctx.redirect(oidc.start().toString()));
            config.routes.get("/auth/oidc/callback", ctx -> {
                String user = oidc.finish(ctx.queryParam("code"), ctx.queryParam("state")).orThrow();
                Authentication.Session s = auth.loginVouchedFor(user, ctx.ip()).orThrow();
                guard.setSessionCookie(ctx, s.token());
                ctx.redirect("/app/#/caseload");
            });
        }
        Map<String, Work> work = handlers();
        for (Route r : ROUTES) {
            Work w = work.get(r.method() + " " + r.path());
            config.routes.addHttpHandler(r.method(), r.path(), ctx -> {
                if (r.isPublic()) {
                    w.handle(ctx, null, null);
                    return;
                }
                AccountStore.LiveSession s = guard.session(ctx);
                guard.check(ctx, r, s);
                String key = ctx.header("Idempotency-Key");
                if (idempotency == null || key == null || r.method() == HandlerType.GET) {
                    w.handle(ctx, s, s.account().asCaller(ctx.ip()));
                } else {
                    new IdempotentRequests(idempotency).once(ctx, s.account().userId(), key,
                            () -> w.handle(ctx, s, s.account().asCaller(ctx.ip())));
                }
            });
        }
    }

    private Map<String, Work> handlers() {
        Map<String, Work> h = new LinkedHashMap<>();
        new ProfilingRoutes(this::profiling, json).addTo(h);
        new EmployerRoutes(() -> configured(employers, "employer services"),
                () -> configured(vacancies, "vacancies"), skills, json).addTo(h);
        new EventRoutes(() -> configured(events, "recruiting events"), json).addTo(h);
        new CurriculumRoutes(() -> configured(curriculum, "curricula"), json).addTo(h);
        new PartnerRoutes(() -> configured(partners, "the partner network"), json).addTo(h);
        new CrossBorderRoutes(() -> configured(crossBorder, "cross-border vacancies"), ref).addTo(h);
        new CrisisRoutes(() -> configured(crisis, "the crisis unit (this server has no CO store)"), patti, json)
                .addTo(h);
        new OutcomesRoutes(() -> {
            if (outcomes == null) {
                throw new OpenPesException(ErrorCode.API_003, "outcomes (this server has no CO store)");
            }
            return outcomes;
        }).addTo(h);
        h.put("POST /api/session", (ctx, s, c) -> login(ctx));
        h.put("DELETE /api/session", (ctx, s, c) -> {
            auth.logout(ctx.cookie(Guard.COOKIE));
            guard.clearSessionCookie(ctx);
            ctx.status(204);
        });
        h.put("GET /api/me", (ctx, s, c) -> ctx.json(Views.account(s.account(), s.csrfToken())));
        h.put("POST /api/me/password", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            auth.changePassword(s.account(), b.text("current"), b.text("next")).orThrow();
            guard.clearSessionCookie(ctx);
            ctx.status(204);
        });
        h.put("POST /api/people", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            var form = new PersonRegistration(b.text("fiscal_code"), b.text("given_name"), b.text("family_name"),
                    b.text("citizenship"), b.text("domicile_comune"), b.text("education_isced"), b.text("did_date"));
            ctx.status(201).json(Views.person(people.register(c, form).orThrow()));
        });
        h.put("GET /api/people", (ctx, s, c) -> ctx.json(people.searchByFamilyName(c,
                ctx.queryParam("family_name"), 50, purpose(ctx)).orThrow().stream().map(Views::personSummary)
                .toList()));
        h.put("POST /api/people/lookup", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            var found = people.findByFiscalCode(c, b.text("fiscal_code"), purpose(ctx)).orThrow();
            ctx.json(Map.of("found", found.isPresent(), "person", found.map(Views::person).orElse(Map.of())));
        });
        h.put("GET /api/people/{id}", (ctx, s, c) -> {
            var person = people.read(c, personId(ctx), purpose(ctx)).orThrow();
            ctx.json(Views.person(person));
        });
        h.put("POST /api/people/{id}/transfer", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.json(Views.person(people.transfer(c, personId(ctx), b.integer("version"), b.text("to_cpi"),
                    b.text("reason")).orThrow()));
        });
        h.put("POST /api/people/{id}/protected", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(protectedData().record(c, personId(ctx), b.text("kind"), b.text("note")).orThrow());
        });
        h.put("GET /api/people/{id}/protected", (ctx, s, c) -> ctx.json(protectedData().read(c, personId(ctx),
                purpose(ctx)).orThrow()));
        h.put("POST /api/people/{id}/break-glass", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(Map.of("expires", protectedData().breakGlass(c, personId(ctx), b.text("reason"))
                    .orThrow()));
        });
        h.put("GET /api/break-glass", (ctx, s, c) -> ctx.json(protectedData().recentGrants(c).orThrow().stream()
                .map(g -> Map.of("user", g[0], "person", g[1], "reason", g[2], "granted", g[3], "expires", g[4]))
                .toList()));
        h.put("POST /api/people/{id}/patti", (ctx, s, c) -> ctx.status(201).json(Views.patto(
                patti.draft(c, personId(ctx)).orThrow(), List.of())));
        h.put("GET /api/patti/{id}", (ctx, s, c) -> {
            var view = patti.read(c, id(ctx)).orThrow();
            ctx.json(Views.patto(view.patto(), view.actions()));
        });
        h.put("GET /api/patti/{id}/pdf", (ctx, s, c) -> {
            String lang = ctx.queryParam("lang") == null ? "it" : ctx.queryParam("lang");
            byte[] pdf = PattoPdf.of(patti.read(c, id(ctx)).orThrow(), MessageBundles.LANGUAGES.contains(lang) ? lang
                    : "it", java.time.LocalDate.now());
            ctx.contentType("application/pdf").header("Content-Disposition", "inline; filename=\"patto-" + id(ctx)
                    + ".pdf\"").result(pdf);
        });
        h.put("PUT /api/patti/{id}/content", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            PattoContent content = content(b);
            ctx.json(Views.patto(patti.revise(c, id(ctx), b.integer("version"), content, b.text("reason"))
                    .orThrow(), List.of()));
        });
        h.put("POST /api/patti/{id}/events", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.json(Views.patto(patti.move(c, id(ctx), b.integer("version"), b.oneOf("event", PattoEvent.class),
                    b.text("reason")).orThrow(), List.of()));
        });
        h.put("POST /api/patti/{id}/actions", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.status(201).json(Views.action(patti.addAction(c, id(ctx), b.oneOf("kind", ActionKind.class),
                    b.text("label"), b.date("due"), b.text("assignee")).orThrow()));
        });
        h.put("POST /api/actions/{id}/events", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            ctx.json(Views.action(patti.moveAction(c, id(ctx), b.integer("version"),
                    b.oneOf("event", ActionEvent.class), b.text("reason")).orThrow()));
        });
        h.put("GET /api/people/{id}/patti", (ctx, s, c) -> ctx.json(patti.ofPerson(c, personId(ctx)).orThrow()
                .stream().map(v -> Views.patto(v.patto(), v.actions())).toList()));
        h.put("GET /api/caseload", (ctx, s, c) -> ctx.json(Views.caseload(caseloads.of(c).orThrow())));
        h.put("POST /api/admin/users", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            var a = auth.createUser(c, b.text("username"), b.oneOf("role", Role.class), Scope.parse(b.text("capture")),
                    Scope.parse(b.text("search")), b.text("password")).orThrow();
            ctx.status(201).json(Views.account(a, null));
        });
        h.put("POST /api/admin/users/{username}/password", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            auth.resetPassword(c, ctx.pathParam("username"), b.text("password")).orThrow();
            ctx.status(204);
        });
        h.put("GET /api/admin/partners", (ctx, s, c) -> ctx.json(configured(partners, "the partner network")
                .directory(c).orThrow().stream().map(p -> Map.of("id", p.id(), "name", p.name(), "kind",
                        p.kind().name(), "province", p.province())).toList()));
        h.put("POST /api/admin/users/{username}/partner", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            var account = auth.account(c, ctx.pathParam("username")).orThrow();
            if (account.role() != Role.PARTNER) {
                throw new OpenPesException(ErrorCode.SRV_004, "username", "the account of a partner's user (role "
                        + "PARTNER), not " + account.role());
            }
            boolean added = configured(partners, "the partner network").addMember(c, b.text("partner"),
                    account.userId()).orThrow();
            ctx.json(Map.of("username", account.username(), "partner", b.text("partner"), "linked", added));
        });
        h.put("GET /api/audit/verify", (ctx, s, c) -> {
            AuditTrail.Verification v = AuditTrail.verify(auditSource);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("intact", v.intact());
            out.put("records", v.records());
            out.put("firstBrokenRecord", v.firstBrokenSeq().orElse(null));
            out.put("reason", v.reason());
            ctx.json(out);
        });
        return h;
    }

    private void login(Context ctx) {
        Body b = Body.of(ctx, json);
        Authentication.Session s = auth.login(b.text("username"), b.text("password"), ctx.ip()).orThrow();
        guard.setSessionCookie(ctx, s.token());
        ctx.json(Views.account(s.account(), s.csrfToken()));
    }

    private PattoContent content(Body b) {
        com.fasterxml.jackson.databind.JsonNode n = b.node().get("content");
        if (n == null || !n.isObject()) {
            throw new OpenPesException(ErrorCode.SRV_004, "content", "a JSON object is expected");
        }
        try {
            return json.treeToValue(n, PattoContent.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().get(m.getPath().size() - 1).getFieldName() : "content";
            throw new OpenPesException(ErrorCode.SRV_004, "content." + field, "not of the expected type");
        }
    }

    static PersonId personId(Context ctx) {
        return new PersonId(ctx.pathParam("id"));
    }

    static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[A-Z0-9]{1,12}")) {
            throw new OpenPesException(ErrorCode.SRV_004, "id", "1 to 12 capital letters or digits");
        }
        return id;
    }

    /** Why the caller reads: the {@code purpose} query parameter, recorded in the audit trail. */
    static String purpose(Context ctx) {
        String p = ctx.queryParam("purpose");
        return p == null || p.isBlank() ? "consultation" : p.strip().substring(0, Math.min(200, p.strip().length()));
    }
}
