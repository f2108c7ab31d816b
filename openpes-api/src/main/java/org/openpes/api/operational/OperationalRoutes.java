package org.openpes.api.operational;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openpes.api.http.Params;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.operational.records.OperationalRecords;

/** Operational records of the loaded region: employers, job seekers, vacancies, courses. */
public final class OperationalRoutes {
    private final OperationalRecords records;

    public OperationalRoutes(OperationalRecords records) {
        this.records = records;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/region/summary", ctx -> ctx.json(records.summary()));
        config.routes.get("/api/employers/{code}", ctx -> one(ctx, "employer", "code", records::employer));
        config.routes.get("/api/seekers/{id}", ctx -> one(ctx, "job seeker", "id", records::seeker));
        config.routes.get("/api/vacancies/{id}", ctx -> one(ctx, "vacancy", "id", records::vacancy));
        config.routes.get("/api/courses/{id}", ctx -> one(ctx, "course", "id", records::course));
        config.routes.get("/api/vacancies", this::vacancies);
    }

    private static void one(Context ctx, String what, String param,
            Function<String, Optional<Map<String, Object>>> find) {
        String id = ctx.pathParam(param);
        if (!id.matches("[A-Za-z0-9]{1,16}")) {
            throw new OpenPesException(ErrorCode.API_002, param, "must be 1 to 16 letters or digits");
        }
        ctx.json(find.apply(id).orElseThrow(() -> new OpenPesException(ErrorCode.OPS_004, what, id)));
    }

    private void vacancies(Context ctx) {
        int page = Params.intInRange(ctx, "page", 1, 1, 1_000_000);
        int size = Params.intInRange(ctx, "size", 50, 1, 500);
        ctx.json(Map.of("page", page, "size", size, "items", records.vacancies((page - 1) * size, size)));
    }
}
