package org.openpes.api.observatory;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.api.http.Params;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.indicators.Cell;
import org.openpes.observatory.indicators.Dimension;
import org.openpes.observatory.indicators.DisclosureControl;
import org.openpes.observatory.indicators.DuckDbIndicatorEngine;
import org.openpes.observatory.indicators.IndicatorQuery;
import org.openpes.observatory.indicators.IndicatorTable;
import org.openpes.observatory.indicators.Measure;
import org.openpes.observatory.store.EventStore;

/**
 * {@code GET /api/observatory/indicators}: the same query model as the {@code indicators} command, paginated, always
 * after disclosure control. A query parameter named after a dimension filters on it ({@code section=C}).
 */
public final class ObservatoryRoutes {
    private final EventStore store;
    private final int disclosureK;

    /** Serves {@code store}'s indicators with the configured disclosure threshold {@code disclosureK}. */
    public ObservatoryRoutes(EventStore store, int disclosureK) {
        this.store = store;
        this.disclosureK = disclosureK;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/observatory/indicators", this::indicators);
        config.routes.get("/api/observatory/indicators.csv", this::csv);
    }

    /** The whole table as CSV (one header row, one row per cell, suppressed cells marked), for download. */
    private void csv(Context ctx) {
        IndicatorQuery q = query(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"openpes-indicators.csv\"");
        ctx.result(new IndicatorTable(q.by(), compute(q)).csv());
    }

    private List<Cell> compute(IndicatorQuery q) {
        synchronized (store) { // one DuckDB connection serves the API
            return DisclosureControl.apply(new DuckDbIndicatorEngine(store.connection()).compute(q), q.by().size(),
                    q.k());
        }
    }

    private IndicatorQuery query(Context ctx) {
        List<Measure> measures = Arrays.stream(Params.required(ctx, "measure").split(",")).map(Measure::parse)
                .toList();
        String by = Params.optional(ctx, "by");
        List<Dimension> dims = by == null ? List.of() : Arrays.stream(by.split(",")).map(Dimension::parse).toList();
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            String v = Params.optional(ctx, d.label());
            if (v != null) {
                filters.put(d, v);
            }
        }
        return new IndicatorQuery(measures, dims, filters, month(ctx, "from", "2017-01"),
                month(ctx, "to", "2024-12"), threshold(ctx));
    }

    /**
     * The disclosure threshold: the configured one. A caller may ask for a stricter one (a higher {@code k}), never
     * for a lower one: lowering it is an analyst's audited privilege, not a query parameter.
     */
    private int threshold(Context ctx) {
        int k = Params.intInRange(ctx, "k", disclosureK, 1, 1000);
        if (k < disclosureK) {
            throw new OpenPesException(ErrorCode.API_006, k, disclosureK);
        }
        return k;
    }

    private void indicators(Context ctx) {
        IndicatorQuery q = query(ctx);
        List<Dimension> dims = q.by();
        int page = Params.intInRange(ctx, "page", 1, 1, 1_000_000);
        int size = Params.intInRange(ctx, "size", 100, 1, 5000);
        List<Map<String, Object>> rows = new IndicatorTable(dims, compute(q)).rows();
        List<Map<String, Object>> items = rows.subList(Math.min(rows.size(), (page - 1) * size),
                Math.min(rows.size(), page * size));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", page);
        out.put("size", size);
        out.put("total", rows.size());
        out.put("items", items);
        ctx.json(out);
    }

    private static YearMonth month(Context ctx, String name, String defaultValue) {
        String v = Params.optional(ctx, name);
        try {
            return YearMonth.parse(v == null ? defaultValue : v);
        } catch (DateTimeParseException e) {
            throw new OpenPesException(ErrorCode.API_002, name, "must be a month, YYYY-MM");
        }
    }
}
