package org.openpes.api.services;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openpes.api.skills.SkillsRoutes;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Permission;
import org.openpes.services.app.PeopleService;
import org.openpes.services.people.PersonId;

/**
 * The guard of the older routes that serve a job seeker's record or a list of candidates (the look-up, matching,
 * transitions and training of the first releases). Each needs a session whose role may read people: a route about
 * one person runs the people's read use case (the person's CPI inside the caller's search scope, audited); a
 * vacancy's candidates are cut to the people inside that scope, and those shown are audited.
 */
final class OlderLookUps {
    static final List<String> PATHS = List.of("/api/seekers/*", "/api/match/*", "/api/transitions",
            "/api/training");

    private final Guard guard;
    private final PeopleService people;

    OlderLookUps(Guard guard, PeopleService people) {
        this.guard = guard;
        this.people = people;
    }

    void register(JavalinConfig config) {
        for (String path : PATHS) {
            config.routes.before(path, this::check);
        }
    }

    private void check(Context ctx) {
        String path = ctx.path();
        boolean inPath = path.startsWith("/api/seekers/") || path.startsWith("/api/match/seeker/");
        String seeker = inPath ? path.substring(path.lastIndexOf('/') + 1) : ctx.queryParam("seeker");
        boolean candidates = path.startsWith("/api/match/vacancy/");
        if (seeker == null && !candidates || path.equals("/api/transitions") && ctx.queryParam("occupation") != null) {
            return; // transitions from an occupation (alone, or refused with both): no person involved
        }
        Caller caller = guard.session(ctx).account().asCaller(ctx.ip());
        if (!caller.role().may(Permission.PERSON_READ)) {
            throw new OpenPesException(ErrorCode.SRV_007, caller.role().name(),
                    Permission.PERSON_READ.description());
        }
        if (candidates) {
            String purpose = "candidates of vacancy " + path.substring(path.lastIndexOf('/') + 1);
            UnaryOperator<List<String>> visible = ids -> people.visibleAmong(caller,
                    ids.stream().map(PersonId::new).toList(), purpose).orThrow().stream().map(PersonId::value)
                    .toList();
            ctx.attribute(SkillsRoutes.VISIBLE_PEOPLE, visible);
            return;
        }
        people.read(caller, new PersonId(seeker), "look-up " + (inPath ? path.substring(0, path.lastIndexOf('/'))
                : path)).orThrow();
    }
}
