package org.openpes.api.reference;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.openpes.api.http.Params;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;

/** HTTP routes for {@link ReferenceLookups}: ESCO, comuni, CPIs, ATECO, CP2011 and the CO code tables. */
public final class ReferenceRoutes {
    private final ReferenceData ref;
    private final ReferenceLookups lookups;

    public ReferenceRoutes(ReferenceData ref) {
        this.ref = ref;
        this.lookups = new ReferenceLookups(ref);
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/esco/occupations", this::occupations);
        config.routes.get("/api/esco/skills", this::skills);
        config.routes.get("/api/comuni", ctx -> ctx.json(lookups.comuniByName(Params.required(ctx, "name"),
                Params.intInRange(ctx, "limit", 20, 1, 200))));
        config.routes.get("/api/comuni/{code}", ctx -> ctx.json(lookups.comune(ctx.pathParam("code"))));
        config.routes.get("/api/cpi", ctx -> ctx.json(ref.territories().cpis()));
        config.routes.get("/api/ateco/{code}", ctx -> ctx.json(lookups.ateco(ctx.pathParam("code"))));
        config.routes.get("/api/cp2011/{code}", ctx -> ctx.json(lookups.cp2011(ctx.pathParam("code"))));
        config.routes.get("/api/co-codes/{table}", ctx -> ctx.json(lookups.coCodes(ctx.pathParam("table"))));
        config.routes.get("/api/geo/{layer}", this::geo);
    }

    /** The TopoJSON of provinces or regions (ISTAT limits 2023, Openpolis, CC BY 4.0), for maps. */
    private void geo(Context ctx) throws java.io.IOException {
        String layer = ctx.pathParam("layer");
        String file = switch (layer) {
            case "provinces.topo.json" -> "geo/limits_IT_provinces.topo.json";
            case "regions.topo.json" -> "geo/limits_IT_regions.topo.json";
            default -> throw new OpenPesException(ErrorCode.API_003,
                    "/api/geo/" + layer + " (layers: provinces.topo.json, regions.topo.json)");
        };
        try (java.io.InputStream in = org.openpes.reference.source.ReferenceSource.bundled().open(file)) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    private void occupations(Context ctx) {
        String uri = Params.optional(ctx, "uri");
        if (uri != null) {
            ctx.json(lookups.occupation(uri));
        } else {
            ctx.json(lookups.occupationsByLabel(Params.required(ctx, "label"), lang(ctx, "it"),
                    Params.intInRange(ctx, "limit", 10, 1, 100)));
        }
    }

    private void skills(Context ctx) {
        String uri = Params.optional(ctx, "uri");
        if (uri != null) {
            ctx.json(lookups.skill(uri));
        } else {
            ctx.json(lookups.skillsByLabel(Params.required(ctx, "label"), lang(ctx, "en"),
                    Params.intInRange(ctx, "limit", 10, 1, 100)));
        }
    }

    private static String lang(Context ctx, String defaultLang) {
        String lang = Params.optional(ctx, "lang");
        if (lang != null && !lang.matches("[a-z]{2}")) {
            throw new OpenPesException(ErrorCode.API_002, "lang", "must be a two-letter language code");
        }
        return lang == null ? defaultLang : lang;
    }
}
