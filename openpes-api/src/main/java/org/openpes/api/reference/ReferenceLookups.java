package org.openpes.api.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.core.code.AtecoCode;
import org.openpes.core.code.Cp2011Code;
import org.openpes.core.code.EscoUri;
import org.openpes.core.code.IstatComune;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.ateco.AtecoActivity;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.Occupation;
import org.openpes.reference.esco.Skill;
import org.openpes.reference.territory.Comune;

/**
 * The look-ups of reference data offered to users, as JSON-ready values. The REST routes and the CLI both call
 * these, so they answer the same thing. Unknown codes are {@code OPES-REF-004}; malformed ones {@code OPES-VAL-*}.
 */
public final class ReferenceLookups {
    private final ReferenceData ref;

    public ReferenceLookups(ReferenceData ref) {
        this.ref = ref;
    }

    public Map<String, Object> occupation(String uri) {
        new EscoUri(uri);
        Occupation o = ref.esco().occupation(uri)
                .orElseThrow(() -> new OpenPesException(ErrorCode.REF_004, "ESCO occupation", uri));
        return occupation(o, true);
    }

    public List<Map<String, Object>> occupationsByLabel(String label, String lang, int limit) {
        return ref.esco().labels().occupations(label, lang, limit).stream()
                .map(u -> occupation(ref.esco().occupation(u).orElseThrow(), false)).toList();
    }

    private Map<String, Object> occupation(Occupation o, boolean withSkills) {
        Esco esco = ref.esco();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", o.uri());
        m.put("code", o.code());
        m.put("preferredLabel", o.preferredLabel());
        m.put("labels", esco.preferredLabels(o.uri()));
        m.put("isco", esco.iscoOf(o).orElse(null));
        if (withSkills) {
            m.put("altLabels", o.altLabels());
            m.put("skills", esco.skillsOf(o.uri()).stream().map(os -> Map.of("uri", os.skillUri(), "relation",
                    os.essential() ? "essential" : "optional", "label",
                    esco.skill(os.skillUri()).map(Skill::preferredLabel).orElse(""))).toList());
        }
        return m;
    }

    public Skill skill(String uri) {
        new EscoUri(uri);
        return ref.esco().skill(uri).orElseThrow(() -> new OpenPesException(ErrorCode.REF_004, "ESCO skill", uri));
    }

    public List<Skill> skillsByLabel(String label, String lang, int limit) {
        return ref.esco().labels().skills(label, lang, limit).stream().map(u -> ref.esco().skill(u).orElseThrow())
                .toList();
    }

    public Map<String, Object> comune(String code) {
        new IstatComune(code);
        return comune(ref.territories().comune(code)
                .orElseThrow(() -> new OpenPesException(ErrorCode.REF_004, "comune", code)));
    }

    public List<Map<String, Object>> comuniByName(String name, int limit) {
        return ref.territories().byName(name, limit).stream().map(this::comune).toList();
    }

    private Map<String, Object> comune(Comune c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("province", Map.of("code", c.provinceCode(), "name", c.provinceName(), "abbreviation",
                c.provinceAbbreviation()));
        m.put("region", Map.of("code", c.regionCode(), "name", c.regionName()));
        m.put("nuts3", c.nuts3());
        m.put("cadastralCode", c.cadastralCode());
        m.put("cpi", ref.territories().cpisOf(c.code()));
        return m;
    }

    /** An ATECO code as found in 2025 and/or 2007, with the correspondence of a 2007 code to 2025. */
    public Map<String, Object> ateco(String code) {
        new AtecoCode(code);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        ref.ateco().in2025(code).ifPresent(a -> m.put("ateco2025", activity(a)));
        ref.ateco().in2007(code).ifPresent(a -> {
            m.put("ateco2007", activity(a));
            ref.ateco().to2025(code).flatMap(ref.ateco()::in2025)
                    .ifPresent(t -> m.put("correspondsTo2025", activity(t)));
        });
        if (m.size() == 1) {
            throw new OpenPesException(ErrorCode.REF_004, "ATECO code (2007 or 2025)", code);
        }
        return m;
    }

    private Map<String, Object> activity(AtecoActivity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("title", a.titleIt());
        if (!a.titleEn().isEmpty()) {
            m.put("titleEn", a.titleEn());
        }
        m.put("level", a.level());
        m.put("section", ref.ateco().sectionOf(a));
        return m;
    }

    public Map<String, Object> cp2011(String code) {
        new Cp2011Code(code);
        var o = ref.cp2011().occupation(code)
                .orElseThrow(() -> new OpenPesException(ErrorCode.REF_004, "CP2011 code", code));
        return Map.of("code", o.code(), "title", o.title(), "esco", ref.cp2011().escoLinks(code));
    }

    public List<?> coCodes(String table) {
        return switch (table) {
            case "contract-types" -> List.copyOf(ref.coCodes().contractTypes());
            case "working-time" -> List.copyOf(ref.coCodes().workingTimes());
            case "module-types" -> List.copyOf(ref.coCodes().moduleTypes());
            case "termination-reasons" -> List.copyOf(ref.coCodes().terminationReasons());
            case "transformation-types" -> List.copyOf(ref.coCodes().transformationTypes());
            default -> throw new OpenPesException(ErrorCode.REF_004, "CO code table", table
                    + "' (tables: contract-types, working-time, module-types, termination-reasons, "
                    + "transformation-types)'");
        };
    }
}
