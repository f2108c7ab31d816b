package org.openpes.api.skills;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.openpes.api.http.Params;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.skills.SkillsService;
import org.openpes.skills.match.Match;
import org.openpes.skills.match.MatchOptions;

/** REST endpoints of the skills capability: normalisation, extraction, matching, transitions, training. */
public final class SkillsRoutes {
    /**
     * A request attribute: a {@code UnaryOperator<List<String>>} that keeps, of a list of job seekers' ids, those the
     * caller may see.
     */
    public static final String VISIBLE_PEOPLE = "openpes.visiblePeople";
    private final SkillsService skills;

    public SkillsRoutes(SkillsService skills) {
        this.skills = skills;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/skills/normalize", ctx -> ctx.json(skills.normalise(Params.required(ctx, "title"),
                Params.required(ctx, "lang"), Params.intInRange(ctx, "limit", 10, 1, 100))));
        config.routes.get("/api/skills/extract", ctx -> ctx.json(skills.extract(Params.required(ctx, "text"),
                Params.intInRange(ctx, "limit", 10, 1, 100))));
        config.routes.get("/api/match/vacancy/{id}", ctx -> ctx.json(candidates(ctx)));
        config.routes.get("/api/match/seeker/{id}", ctx -> ctx.json(skills.vacanciesFor(ctx.pathParam("id"),
                Params.intInRange(ctx, "limit", 20, 1, 500), options(ctx))));
        config.routes.get("/api/transitions", ctx -> ctx.json(transitions(ctx)));
        config.routes.get("/api/training", ctx -> ctx.json(skills.training(Params.required(ctx, "seeker"),
                Params.optional(ctx, "occupation"), Params.optional(ctx, "vacancy"))));
    }

    /**
     * A vacancy's candidates. When the request carries {@link #VISIBLE_PEOPLE} (set by the services' guard), only the
     * people it keeps are shown: the ranking looks five times deeper, so that a caller with a narrow scope still
     * gets up to {@code limit} candidates; the ranks stay those of the whole region.
     */
    private List<Match> candidates(Context ctx) {
        int limit = Params.intInRange(ctx, "limit", 20, 1, 500);
        UnaryOperator<List<String>> visible = ctx.attribute(VISIBLE_PEOPLE);
        if (visible == null) {
            return skills.candidatesFor(ctx.pathParam("id"), limit, options(ctx));
        }
        List<Match> ranked = skills.candidatesFor(ctx.pathParam("id"), Math.min(500, limit * 5), options(ctx));
        Set<String> shown = new HashSet<>(visible.apply(ranked.stream().map(Match::seekerId).toList()));
        return ranked.stream().filter(m -> shown.contains(m.seekerId())).limit(limit).toList();
    }

    /** From an occupation ({@code occupation=URI}) or from a person ({@code seeker=ID}): exactly one of them. */
    private Object transitions(Context ctx) {
        String occupation = Params.optional(ctx, "occupation");
        String seeker = Params.optional(ctx, "seeker");
        int limit = Params.intInRange(ctx, "limit", 10, 1, 200);
        String province = Params.optional(ctx, "province");
        if ((occupation == null) == (seeker == null)) {
            throw new OpenPesException(ErrorCode.SKL_005, "occupation/seeker", "give exactly one of them");
        }
        return occupation != null ? skills.transitions(occupation, limit, province)
                : skills.transitionsForSeeker(seeker, limit, province);
    }

    private static MatchOptions options(Context ctx) {
        return new MatchOptions(Params.intInRange(ctx, "maxKm", 0, 0, 2000), Params.optional(ctx, "licence"),
                Params.intInRange(ctx, "maxPerEmployer", 0, 0, 500));
    }
}
