package org.openpes.operational.load;

import static org.openpes.operational.load.Checks.date;
import static org.openpes.operational.load.Checks.employerCode;
import static org.openpes.operational.load.Checks.fiscalCode;
import static org.openpes.operational.load.Checks.intBetween;
import static org.openpes.operational.load.Checks.known;
import static org.openpes.operational.load.Checks.matches;
import static org.openpes.operational.load.Checks.oneOf;
import static org.openpes.operational.load.Column.optional;
import static org.openpes.operational.load.Column.personal;
import static org.openpes.operational.load.Column.required;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openpes.reference.ReferenceData;

/** The files of a generated region and the checks on each column, in load order (referenced tables first). */
public final class LoadSchema {
    private final List<TableLoad> tables;
    /** The CPI of each comune (the first that serves it): a loaded person belongs to the CPI of their domicile. */
    private final java.util.Map<String, String> cpiOfComune = new java.util.HashMap<>();

    public LoadSchema(ReferenceData ref) {
        ref.territories().comuni().forEach(c -> ref.territories().cpiOf(c.code())
                .ifPresent(cpi -> cpiOfComune.put(c.code(), cpi.code())));
        var comune = known(c -> ref.territories().comune(c).isPresent(), "ISTAT comune code");
        var escoOccupation = known(u -> ref.esco().occupation(u).isPresent(), "ESCO occupation URI");
        var escoSkill = known(u -> ref.esco().skill(u).isPresent(), "ESCO skill URI");
        var ateco = known(a -> ref.ateco().in2025(a).isPresent() || ref.ateco().in2007(a).isPresent(), "ATECO code");
        var cp2011 = matches("\\d(\\.\\d{1,2}){0,4}", "a CP2011 code");
        var contract = known(c -> ref.coCodes().contractType(c).isPresent(), "CO contract type");
        var workingTime = known(c -> ref.coCodes().workingTime(c).isPresent(), "CO working-time code");
        var id = matches("[A-Z]\\d{6,10}", "an OpenPES id (a letter and digits)");
        tables = List.of(
                new TableLoad("employers.csv", "employer", List.of(
                        required("employer_code", employerCode()), optional("ateco2007", ateco),
                        required("ateco2025", ateco), required("section", matches("[A-V]", "an ATECO section")),
                        required("workplace_comune", comune),
                        required("size_class", oneOf(Set.of("0-9", "10-49", "50-249", "250+")))),
                        "employer_code", Map.of(), Set.of("employer_code")),
                new TableLoad("courses.csv", "training_course", List.of(
                        required("course_id", id), required("title", Checks.any()),
                        required("provider", Checks.any()), required("comune", comune),
                        required("hours", intBetween(1, 5000)), required("start_date", date()),
                        optional("esco_occupation", escoOccupation)),
                        "course_id", Map.of(), Set.of("course_id")),
                new TableLoad("course_skills.csv", "course_skill", List.of(
                        required("course_id", id), required("skill_uri", escoSkill)),
                        null, Map.of("course_id", "training_course"), Set.of("course_id", "skill_uri")),
                new TableLoad("seekers.csv", "job_seeker", List.of(
                        required("seeker_id", id), personal("fiscal_code", fiscalCode()),
                        required("registration_date", date()), optional("did_date", date()),
                        required("sex", oneOf(Set.of("M", "F"))),
                        personal("birth_date", Checks.birthDate(java.time.LocalDate.now())),
                        required("education_isced", intBetween(0, 8)),
                        required("citizenship", matches("[A-Z]{2}", "an ISO 3166 alpha-2 code")),
                        optional("last_cp2011", cp2011), optional("esco_occupation", escoOccupation),
                        required("home_comune", comune), optional("max_distance_km", intBetween(1, 500)),
                        required("availability", oneOf(Set.of("FULL_TIME", "PART_TIME", "ANY"))),
                        required("preferred_contract", oneOf(Set.of("ANY", "PERMANENT", "FIXED_TERM"))),
                        required("languages", matches("[a-z]{2}(;[a-z]{2})*", "a list of language codes")),
                        optional("driving_licence", oneOf(Set.of("B", "C", "A", "D")))),
                        "seeker_id", Map.of(), Set.of("seeker_id"), Checks::seekerAgreesWithFiscalCode),
                new TableLoad("seeker_skills.csv", "seeker_skill", List.of(
                        required("seeker_id", id), required("skill_uri", escoSkill),
                        required("source", oneOf(Set.of("IMPLIED", "DECLARED")))),
                        null, Map.of("seeker_id", "job_seeker"), Set.of("seeker_id", "skill_uri")),
                new TableLoad("vacancies.csv", "vacancy", List.of(
                        required("vacancy_id", id), required("employer_code", employerCode()),
                        required("ateco", ateco), required("cp2011", cp2011),
                        required("esco_occupation", escoOccupation), required("comune", comune),
                        required("contract_type", contract), required("working_time", workingTime),
                        required("min_education_isced", intBetween(0, 8)), required("published_date", date()),
                        required("closing_date", date()), optional("hired_seeker_id", id),
                        optional("hire_date", date())),
                        "vacancy_id", Map.of("employer_code", "employer", "hired_seeker_id", "job_seeker"),
                        Set.of("vacancy_id")),
                new TableLoad("vacancy_skills.csv", "vacancy_skill", List.of(
                        required("vacancy_id", id), required("skill_uri", escoSkill),
                        required("relation", oneOf(Set.of("essential", "optional")))),
                        null, Map.of("vacancy_id", "vacancy"), Set.of("vacancy_id", "skill_uri")),
                new TableLoad("patti.csv", "patto", List.of(
                        required("patto_id", id), required("seeker_id", id),
                        required("state", oneOf(Set.of("DRAFT", "SIGNED", "ACTIVE", "SUSPENDED", "CLOSED", "LAPSED"))),
                        required("content", matches("\\{.*\\}", "a JSON object")),
                        required("case_manager", Checks.any()), required("version", intBetween(1, 1000)),
                        required("updated_at", date())),
                        "patto_id", Map.of("seeker_id", "job_seeker"), Set.of("patto_id")),
                new TableLoad("patto_revisions.csv", "patto_revision", List.of(
                        required("patto_id", id), required("version", intBetween(1, 1000)),
                        required("state", oneOf(Set.of("DRAFT", "SIGNED", "ACTIVE", "SUSPENDED", "CLOSED", "LAPSED"))),
                        required("content", matches("\\{.*\\}", "a JSON object")),
                        required("reason", Checks.any()), required("actor", Checks.any()), required("at", date())),
                        null, Map.of("patto_id", "patto"), Set.of("patto_id", "version")),
                new TableLoad("patto_actions.csv", "patto_action", List.of(
                        required("action_id", id), required("patto_id", id), required("kind", matches("[A-Z_]+",
                                "an action kind")), required("label", Checks.any()),
                        required("state", oneOf(Set.of("PLANNED", "IN_PROGRESS", "DONE", "ABANDONED", "CANCELLED",
                                "ON_HOLD"))), optional("due_date", date()), required("assignee", Checks.any()),
                        required("version", intBetween(1, 1000)), optional("done_on", date())),
                        "action_id", Map.of("patto_id", "patto"), Set.of("action_id")));
    }

    /** The files that regions generated before the services data lack: loaded when present. */
    boolean mayBeMissing(TableLoad t) {
        return Set.of("patti.csv", "patto_revisions.csv", "patto_actions.csv").contains(t.file());
    }

    java.util.Map<String, String> cpiOfComune() {
        return cpiOfComune;
    }

    List<TableLoad> tables() {
        return tables;
    }
}
