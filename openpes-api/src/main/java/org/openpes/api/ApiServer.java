package org.openpes.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.UUID;
import org.openpes.api.http.Problem;
import org.openpes.api.operational.OperationalRoutes;
import org.openpes.api.reference.ReferenceRoutes;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.operational.records.OperationalRecords;
import org.openpes.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenPES HTTP server: {@code /health}, the OpenAPI document at {@code /api/openapi.json}, the API, and the web
 * pages. Errors are RFC 9457 problem documents with stable codes. The request log names the route template, never
 * the values in the path or query, so no personal data reaches it.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private final Javalin app;
    private final List<String> routes;

    private ApiServer(Javalin app, List<String> routes) {
        this.app = app;
        this.routes = routes;
    }

    /** Starts on {@code port} (0 = any free port), without an analytics store. */
    public static ApiServer start(ReferenceData ref, OperationalRecords records, int port) {
        return start(ref, records, null, port);
    }

    /** Starts on {@code port}; with a {@code store}, the observatory's indicators are served too. */
    public static ApiServer start(ReferenceData ref, OperationalRecords records,
            org.openpes.observatory.store.EventStore store, int port) {
        return start(ref, records, store, null, port);
    }

    /** Starts on {@code port}; with {@code skills}, normalisation, matching, transitions and training too. */
    public static ApiServer start(ReferenceData ref, OperationalRecords records,
            org.openpes.observatory.store.EventStore store, org.openpes.skills.SkillsService skills, int port) {
        return start(ref, records, store, skills, port, ApiSettings.DEFAULTS);
    }

    /** Starts on {@code settings.host()} and {@code port} (0 = any free port). */
    public static ApiServer start(ReferenceData ref, OperationalRecords records,
            org.openpes.observatory.store.EventStore store, org.openpes.skills.SkillsService skills, int port,
            ApiSettings settings) {
        return start(ref, records, store, skills, port, settings, null);
    }

    /** Starts with the public employment service's routes too ({@code services}, when not null). */
    public static ApiServer start(ReferenceData ref, OperationalRecords records,
            org.openpes.observatory.store.EventStore store, org.openpes.skills.SkillsService skills, int port,
            ApiSettings settings, org.openpes.api.services.ServiceRoutes services) {
        String openApi = resource("/org/openpes/api/openapi.json");
        List<String> routes = new CopyOnWriteArrayList<>();
        List<String[]> allRoutes = new CopyOnWriteArrayList<>();
        Javalin app = Javalin.create(config -> {
            config.events.handlerAdded(h -> {
                if (h.getHttpMethod() == HandlerType.GET) {
                    routes.add(h.getPath());
                }
                if (h.getHttpMethod().isHttpMethod()) {
                    allRoutes.add(new String[] {h.getHttpMethod().name(), h.getPath()});
                }
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new org.openpes.api.http.ProblemErrorHandler()));
            config.routes.before(ctx -> {
                String query = ctx.queryString();
                if (query != null && MALFORMED_ESCAPE.matcher(query).find()) {
                    throw new OpenPesException(ErrorCode.API_008, "the query string has a malformed percent-encoding");
                }
            });
            config.startup.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/openpes/api/web";
                s.location = Location.CLASSPATH;
            });
            config.routes.get("/health", ctx -> ctx.json(health(ref, records)));
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            org.openpes.api.services.MessageBundles.register(config);
            new ReferenceRoutes(ref).register(config);
            if (records != null) {
                new OperationalRoutes(records).register(config);
            }
            if (store != null) {
                new org.openpes.api.observatory.ObservatoryRoutes(store, settings.disclosureK()).register(config);
            }
            if (skills != null) {
                new org.openpes.api.skills.SkillsRoutes(skills).register(config);
            }
            if (services != null) {
                services.register(config);
            }
            config.routes.exception(OpenPesException.class, (e, ctx) -> problem(ctx, e.errorCode(), e.detail()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("unexpected error {} on {} {}: {}", reference, ctx.method(), route(ctx),
                        e.getClass().getName());
                problem(ctx, ErrorCode.API_004, ErrorCode.API_004.format(reference));
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) != null) {
                    return;
                }
                List<String> allowed = allRoutes.stream().filter(r -> matches(r[1], ctx.path())).map(r -> r[0])
                        .distinct().sorted().toList();
                if (!allowed.isEmpty() && !allowed.contains(ctx.method().name())) {
                    ctx.header("Allow", String.join(", ", allowed));
                    problem(ctx, ErrorCode.API_007, ErrorCode.API_007.format(ctx.method().name(), ctx.path(),
                            String.join(", ", allowed)));
                    ctx.status(405);
                    return;
                }
                problem(ctx, ErrorCode.API_003, ErrorCode.API_003.format(ctx.method() + " " + ctx.path()));
            });
            config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {} ms", ctx.method(), route(ctx),
                    ctx.status().getCode(), Math.round(ms)));
        });
        app.start(settings.host(), port);
        return new ApiServer(app, routes);
    }

    private static Map<String, Object> health(ReferenceData ref, OperationalRecords records) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "UP");
        h.put("referenceData", Map.of("occupations", ref.esco().occupations().size(), "skills",
                ref.esco().skills().size(), "comuni", ref.territories().comuni().size(), "loadMillis",
                ref.loadTime().toMillis()));
        if (records != null) {
            h.put("operational", records.summary());
        }
        return h;
    }

    /** The matched route template (e.g. /api/seekers/{id}), or "unmatched": never the raw path. */
    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    private static final String PROBLEM_WRITTEN = "openpes.problem";
    /** A percent sign not followed by two hexadecimal digits. */
    private static final java.util.regex.Pattern MALFORMED_ESCAPE = java.util.regex.Pattern.compile(
            "%(?![0-9A-Fa-f]{2})");

    /** True when {@code path} fits the route template (its {parameters} match one segment each). */
    private static boolean matches(String template, String path) {
        String regex = java.util.Arrays.stream(template.split("/", -1))
                .map(seg -> seg.startsWith("{") || seg.startsWith("<") ? "[^/]+" : java.util.regex.Pattern.quote(seg))
                .collect(java.util.stream.Collectors.joining("/"));
        return path.matches(regex);
    }

    private static void problem(Context ctx, ErrorCode code, String detail) {
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        ctx.status(code.httpStatus());
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.json(Problem.of(code.code(), title(code.httpStatus()), code.httpStatus(), detail, route(ctx)));
        ctx.contentType(Problem.MEDIA_TYPE);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable content";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> "Internal error";
        };
    }

    private static String resource(String path) {
        try (InputStream in = ApiServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GET routes served (templates such as /api/seekers/{id}); the OpenAPI document must list them all. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
