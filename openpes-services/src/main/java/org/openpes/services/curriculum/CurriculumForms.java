package org.openpes.services.curriculum;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.esco.Esco;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * The curriculum's entries as an operator types them: each check turns text into an entry or names the first field at
 * fault (OPES-SRV-004). Years run from 1950 to this year; months are {@code YYYY-MM}; an occupation or a skill is an
 * ESCO URI or a label that ESCO knows (the first match is taken).
 */
public final class CurriculumForms {
    private static final int FIRST_YEAR = 1950;

    private CurriculumForms() {
    }

    public static Outcome<Education> education(String isced, String title, String year, LocalDate today) {
        int level = integer(isced, -1);
        if (level < 0 || level > 8) {
            return field("isced", "an ISCED level 0..8");
        }
        if (!text(title, 200)) {
            return field("title", "1 to 200 characters");
        }
        int y = year(year, today);
        if (y == 0) {
            return yearRefused(today);
        }
        return Outcome.done(new Education(level, title.strip(), y));
    }

    public static Outcome<Training> training(String title, String provider, String year, String hours,
            boolean certified, LocalDate today) {
        if (!text(title, 200)) {
            return field("title", "1 to 200 characters");
        }
        if (!text(provider, 200)) {
            return field("provider", "1 to 200 characters");
        }
        int y = year(year, today);
        if (y == 0) {
            return yearRefused(today);
        }
        int h = integer(hours, 0);
        if (h < 1 || h > 5000) {
            return field("hours", "a whole number of hours, 1 to 5000");
        }
        return Outcome.done(new Training(title.strip(), provider.strip(), y, h, certified));
    }

    public static Outcome<DeclaredExperience> experience(String occupation, String employer, String from, String to,
            Esco esco, LocalDate today) {
        String uri = occupationUri(occupation, esco);
        if (uri == null) {
            return field("occupation", "an ESCO occupation: its URI, or a label in Italian or English");
        }
        if (!text(employer, 200)) {
            return field("employer", "1 to 200 characters");
        }
        YearMonth start = month(from);
        YearMonth now = YearMonth.from(today);
        if (start == null || start.getYear() < FIRST_YEAR || start.isAfter(now)) {
            return field("from", "a month YYYY-MM, not in the future");
        }
        YearMonth end = null;
        if (to != null && !to.isBlank()) {
            end = month(to);
            if (end == null || end.isBefore(start) || end.isAfter(now)) {
                return field("to", "a month YYYY-MM from 'from' to this month, or empty while the work lasts");
            }
        }
        return Outcome.done(new DeclaredExperience(uri, employer.strip(), start, end));
    }

    /** A declared skill: an ESCO skill URI or an English label (Italian where the region's overlay carries it). */
    public static Outcome<String> skill(String skill, Esco esco) {
        if (skill == null || skill.isBlank() || skill.length() > 300) {
            return field("skill", "an ESCO skill: its URI or its label");
        }
        String s = skill.strip();
        if (esco.skill(s).isPresent()) {
            return Outcome.done(s);
        }
        for (String lang : List.of("en", "it")) {
            try {
                List<String> found = esco.labels().skills(s, lang, 1);
                if (!found.isEmpty()) {
                    return Outcome.done(found.get(0));
                }
            } catch (OpenPesException noLabelsInThatLanguageOrNoWords) {
                // Italian skill labels come only with a region's overlay; a label of punctuation has no words
            }
        }
        return field("skill", "not an ESCO skill URI or label: '" + shorten(s) + "'");
    }

    /** A country where the person would work: an ISO 3166 alpha-2 code in capitals, other than Italy. */
    public static Outcome<String> mobility(String country) {
        String c = country == null ? "" : country.strip();
        if (!c.matches("[A-Z]{2}") || c.equals("IT")) {
            return field("country", "an ISO 3166 code in capitals of a country other than Italy, e.g. FR");
        }
        return Outcome.done(c);
    }

    /** A language the person speaks besides Italian: an ISO 639-1 code in lower case. */
    public static Outcome<String> language(String language) {
        String l = language == null ? "" : language.strip();
        if (!l.matches("[a-z]{2}") || l.equals("it")) {
            return field("language", "an ISO 639-1 code in lower case of a language other than Italian, e.g. fr");
        }
        return Outcome.done(l);
    }

    /** The ESCO occupation an operator means: a URI ESCO knows, or the first match of a label in Italian or English. */
    public static String occupationUri(String occupation, Esco esco) {
        if (occupation == null || occupation.isBlank() || occupation.length() > 300) {
            return null;
        }
        String o = occupation.strip();
        if (esco.occupation(o).isPresent()) {
            return o;
        }
        for (String lang : List.of("it", "en")) {
            try {
                List<String> found = esco.labels().occupations(o, lang, 1);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            } catch (OpenPesException nothingToLookUp) {
                return null; // a label with no letters or digits
            }
        }
        return null;
    }

    /** The year, or 0 when it is not one from {@link #FIRST_YEAR} to this year. */
    private static int year(String year, LocalDate today) {
        int y = integer(year, 0);
        return y < FIRST_YEAR || y > today.getYear() ? 0 : y;
    }

    private static <T> Outcome<T> yearRefused(LocalDate today) {
        return field("year", "a year from " + FIRST_YEAR + " to " + today.getYear());
    }

    private static boolean text(String s, int max) {
        return s != null && !s.isBlank() && s.strip().length() <= max && s.chars().noneMatch(Character::isISOControl);
    }

    private static int integer(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static YearMonth month(String s) {
        try {
            return s == null ? null : YearMonth.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static <T> Outcome<T> field(String name, String why) {
        return Outcome.refused(new Refusal(ErrorCode.SRV_004, name, why));
    }
}
