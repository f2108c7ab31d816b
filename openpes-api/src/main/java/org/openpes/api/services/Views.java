package org.openpes.api.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.services.app.CaseloadService;
import org.openpes.services.auth.Account;
import org.openpes.services.patto.Patto;
import org.openpes.services.patto.PattoAction;
import org.openpes.services.people.Person;

/** The JSON shapes of the service's records (dates as ISO text). */
final class Views {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind
            .ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Views() {
    }

    static Map<String, Object> account(Account a, String csrfToken) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("userId", a.userId());
        m.put("username", a.username());
        m.put("role", a.role().name());
        m.put("capture", a.capture().toString());
        m.put("search", a.search().toString());
        m.put("mustChangePassword", a.mustChangePassword());
        m.put("permissions", a.role().permissions().stream().map(Enum::name).sorted().toList());
        if (csrfToken != null) {
            m.put("csrfToken", csrfToken);
        }
        return m;
    }

    static Map<String, Object> person(Person p) {
        Map<String, Object> m = personSummary(p);
        m.put("fiscal_code", p.fiscalCode().value());
        m.put("sex", p.sex().name());
        m.put("birth_date", text(p.birthDate()));
        m.put("citizenship", p.citizenship());
        m.put("domicile_comune", p.domicileComune());
        m.put("education_isced", p.educationIsced());
        m.put("version", p.version());
        return m;
    }

    /** The person's name as the pages show it; the id for a person loaded from a region's files, who has none. */
    static String displayName(Person p) {
        String name = java.util.stream.Stream.of(p.givenName(), p.familyName()).filter(n -> n != null && !n.isBlank())
                .collect(java.util.stream.Collectors.joining(" "));
        return name.isEmpty() ? p.id().value() : name;
    }

    static Map<String, Object> personSummary(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().value());
        m.put("given_name", p.givenName());
        m.put("family_name", p.familyName());
        m.put("did_date", text(p.didDate()));
        m.put("owner_cpi", p.ownerCpi());
        return m;
    }

    static Map<String, Object> patto(Patto p, List<PattoAction> actions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("person", p.person().value());
        m.put("state", p.state().name());
        m.put("version", p.version());
        m.put("content", JSON.convertValue(p.content(), Map.class));
        m.put("missing", p.content().missing().stream().map(Enum::name).toList());
        m.put("revisions", p.revisions().stream().map(r -> Map.of("version", r.version(), "state", r.state().name(),
                "reason", r.reason(), "actor", r.actor(), "at", r.at().toString())).toList());
        m.put("actions", actions.stream().map(Views::action).toList());
        return m;
    }

    static Map<String, Object> action(PattoAction a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("patto", a.pattoId());
        m.put("kind", a.kind().name());
        m.put("label", a.label());
        m.put("state", a.state().name());
        m.put("due", text(a.due()));
        m.put("assignee", a.assignee());
        m.put("version", a.version());
        m.put("overdue", a.overdue(java.time.LocalDate.now()));
        return m;
    }

    private static String text(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    static Map<String, Object> caseload(CaseloadService.Caseload c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("patti", c.patti().stream().map(e -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", e.pattoId());
            v.put("person", e.person().value());
            v.put("state", e.state().name());
            v.put("version", e.version());
            v.put("actions", e.actions());
            v.put("done", e.done());
            v.put("next", e.nextDue() == null ? null : Map.of("label", e.nextLabel(), "due", e.nextDue().toString()));
            return v;
        }).toList());
        m.put("overdue", c.overdue().oldest().stream().map(Views::action).toList());
        m.put("overdueCount", c.overdue().count());
        m.put("waitingForAPatto", c.waiting().stream().map(Views::personSummary).toList());
        return m;
    }
}
