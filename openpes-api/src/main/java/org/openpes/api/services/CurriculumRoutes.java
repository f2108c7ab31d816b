package org.openpes.api.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openpes.services.app.CurriculumService;

/** A person's curriculum: titles of study, courses, declared work and ESCO skills (Scheda Anagrafica, section 3). */
final class CurriculumRoutes {
    private static final List<String> FIELDS = List.of("isced", "title", "year", "provider", "hours", "occupation",
            "employer", "from", "to", "skill", "language", "country");
    private final Supplier<CurriculumService> curriculum;
    private final ObjectMapper json;

    CurriculumRoutes(Supplier<CurriculumService> curriculum, ObjectMapper json) {
        this.curriculum = curriculum;
        this.json = json;
    }

    void addTo(Map<String, ServiceRoutes.Work> h) {
        h.put("GET /api/people/{id}/curriculum", (ctx, s, c) -> ctx.json(view(curriculum.get()
                .read(c, ServiceRoutes.personId(ctx), ServiceRoutes.purpose(ctx)).orThrow())));
        h.put("POST /api/people/{id}/curriculum", (ctx, s, c) -> {
            Body b = Body.of(ctx, json);
            Map<String, String> fields = new HashMap<>();
            for (String f : FIELDS) {
                fields.put(f, b.optionalText(f));
            }
            fields.put("certified", Boolean.toString(b.flag("certified")));
            ctx.status(201).json(view(curriculum.get().add(c, ServiceRoutes.personId(ctx),
                    b.oneOf("kind", CurriculumService.Kind.class), fields).orThrow()));
        });
    }

    private static Map<String, Object> view(CurriculumService.View v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("person", v.person().id().value());
        out.put("educationIsced", v.educationIsced());
        out.put("education", v.curriculum().education());
        out.put("training", v.curriculum().training());
        out.put("experience", v.curriculum().experience().stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("occupation", x.occupationUri());
            m.put("labels", v.labels().getOrDefault(x.occupationUri(), Map.of()));
            m.put("employer", x.employer());
            m.put("from", x.from().toString());
            m.put("to", x.to() == null ? null : x.to().toString());
            return m;
        }).toList());
        out.put("skills", v.curriculum().skills().stream().map(k -> Map.of("uri", k.uri(), "source",
                k.source().name(), "labels", v.labels().getOrDefault(k.uri(), Map.of()))).toList());
        out.put("languages", v.curriculum().languages());
        out.put("drivingLicence", v.curriculum().drivingLicence());
        out.put("mobility", v.curriculum().mobility());
        return out;
    }
}
