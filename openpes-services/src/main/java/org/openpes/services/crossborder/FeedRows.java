package org.openpes.services.crossborder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.OccupationSkill;

/**
 * Checks a feed's rows into vacancies. Every row is checked, and each row at fault gives one {@link FeedError} naming
 * its first wrong field; a feed with any error is imported not at all (the service's rule), so the sender can fix it
 * and send it again whole. A row without an ESCO occupation is normalised from its title in the feed's language
 * ({@code occupationOfTitle}); a row without skills takes its occupation's essential skills.
 */
public final class FeedRows {
    /** The most rows one feed may carry. */
    public static final int MAX_ROWS = 10_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final int MAX_SKILLS = 60;

    private final Esco esco;
    private final Function<String, Optional<String>> occupationOfTitle;

    /** @param occupationOfTitle the ESCO occupation of a title in the feed's language, if one is found */
    public FeedRows(Esco esco, Function<String, Optional<String>> occupationOfTitle) {
        this.esco = esco;
        this.occupationOfTitle = occupationOfTitle;
    }

    /** The vacancies of the rows (with empty ids) and the errors; the vacancies count only when there is no error. */
    public record Checked(List<CrossBorderVacancy> vacancies, List<FeedError> errors) {
    }

    public Checked check(String source, String country, List<FeedRow> rows) {
        List<CrossBorderVacancy> out = new ArrayList<>();
        List<FeedError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (FeedRow row : rows) {
            String id = row.id() == null ? "" : row.id();
            Integer first = seen.putIfAbsent(id, row.row());
            if (first != null && !id.isEmpty()) {
                errors.add(new FeedError(row.row(), id, "id", "the feed already has this id at row " + first));
                continue;
            }
            Object result = row(source, country, row);
            if (result instanceof FeedError e) {
                errors.add(e);
            } else {
                out.add((CrossBorderVacancy) result);
            }
        }
        return new Checked(out, errors);
    }

    private Object row(String source, String country, FeedRow r) {
        String id = r.id() == null ? "" : r.id();
        if (!ID.matcher(id).matches()) {
            return error(r, "id", "1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        if (!text(r.title(), 300, false)) {
            return error(r, "title", "1 to 300 characters, without control characters");
        }
        if (!text(r.description(), 20_000, true)) {
            return error(r, "description", "1 to 20000 characters, without control characters other than new lines");
        }
        String occupation;
        boolean fromTitle = r.escoOccupation() == null || r.escoOccupation().isBlank();
        if (!fromTitle) {
            occupation = r.escoOccupation().strip();
            if (esco.occupation(occupation).isEmpty()) {
                return error(r, "esco_occupation", "not an ESCO occupation URI of the loaded ESCO version");
            }
        } else {
            Optional<String> found = occupationOfTitle.apply(r.title().strip());
            if (found.isEmpty()) {
                return error(r, "esco_occupation", "absent, and the title names no ESCO occupation: give the URI");
            }
            occupation = found.get();
        }
        List<String> skills;
        if (r.escoSkills() == null || r.escoSkills().isEmpty()) {
            skills = esco.skillsOf(occupation).stream().filter(OccupationSkill::essential)
                    .map(OccupationSkill::skillUri).limit(MAX_SKILLS).toList();
        } else {
            if (r.escoSkills().size() > MAX_SKILLS) {
                return error(r, "esco_skills", "at most " + MAX_SKILLS + " skills");
            }
            Set<String> unique = new HashSet<>();
            for (String s : r.escoSkills()) {
                if (s == null || esco.skill(s.strip()).isEmpty()) {
                    return error(r, "esco_skills", "'" + clip(s) + "' is not an ESCO skill URI");
                }
                unique.add(s.strip());
            }
            skills = List.copyOf(new java.util.TreeSet<>(unique));
        }
        String nuts = r.nuts3() == null ? "" : r.nuts3().strip();
        if (!nuts.matches("[A-Z]{2}[A-Z0-9]{3}") || !nuts.startsWith(country)) {
            return error(r, "nuts3", "a NUTS 3 code of " + country + " (5 characters, e.g. " + country + "L03)");
        }
        if (!text(r.place(), 100, false)) {
            return error(r, "place", "1 to 100 characters");
        }
        if (r.languages() == null) {
            return error(r, "languages", "a list of {code, level}, empty when none is asked");
        }
        List<LanguageRequirement> languages = new ArrayList<>();
        for (String[] l : r.languages()) {
            String code = l[0] == null ? "" : l[0].strip();
            if (!LANGUAGE.matcher(code).matches()) {
                return error(r, "languages", "'" + clip(l[0]) + "' is not an ISO 639-1 code in lower case");
            }
            Cefr level;
            try {
                level = Cefr.valueOf(l[1] == null ? "" : l[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return error(r, "languages", "level '" + clip(l[1]) + "' of '" + code + "' is not A1..C2");
            }
            if (languages.stream().anyMatch(x -> x.code().equals(code))) {
                return error(r, "languages", "'" + code + "' is given twice");
            }
            languages.add(new LanguageRequirement(code, level));
        }
        ForeignContract contract;
        try {
            contract = ForeignContract.valueOf(r.contract() == null ? "" : r.contract().strip());
        } catch (IllegalArgumentException e) {
            return error(r, "contract", "one of CDI, CDD, SAISONNIER, INTERIM, APPRENTISSAGE");
        }
        if (r.hoursPerWeek() == null || r.hoursPerWeek() < 1 || r.hoursPerWeek() > 48) {
            return error(r, "hours_per_week", "a whole number of hours, 1 to 48");
        }
        LocalDate published = date(r.publishedOn());
        if (published == null) {
            return error(r, "published_on", "a date, YYYY-MM-DD");
        }
        LocalDate closes = date(r.closesOn());
        if (closes == null || closes.isBefore(published)) {
            return error(r, "closes_on", "a date, YYYY-MM-DD, not before published_on");
        }
        return new CrossBorderVacancy("", source, id, country, nuts, r.place().strip(), r.title().strip(),
                r.description().strip(), occupation, fromTitle, skills, languages, contract, r.hoursPerWeek(),
                published, closes);
    }

    private static FeedError error(FeedRow r, String field, String message) {
        return new FeedError(r.row(), r.id() == null ? "" : clip(r.id()), field, message);
    }

    private static boolean text(String s, int max, boolean multiline) {
        if (s == null || s.isBlank() || s.strip().length() > max) {
            return false;
        }
        return s.strip().chars().noneMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t'
                || c == '\r')));
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A value quoted in a message: at most 40 characters, control characters as '?'. */
    static String clip(String s) {
        if (s == null) {
            return "null";
        }
        String c = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return c.replaceAll("\\p{Cntrl}", "?");
    }
}
