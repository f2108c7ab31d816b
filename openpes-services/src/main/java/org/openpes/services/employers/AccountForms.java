package org.openpes.services.employers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openpes.core.error.ErrorCode;
import org.openpes.reference.ReferenceData;
import org.openpes.services.curriculum.CurriculumForms;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * An account's contacts, workplaces and needs as an account manager types them: each check turns text into a record
 * or names the first field at fault (OPES-SRV-004). Occupations and skills are ESCO URIs or labels ESCO knows.
 */
public final class AccountForms {
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '\\-.]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{5,19}");

    private AccountForms() {
    }

    public static Outcome<Contact> contact(String id, String accountId, String name, String role, String email,
            String phone) {
        if (name == null || !NAME.matcher(name.strip()).matches()) {
            return field("name", "1 to 100 letters, spaces, apostrophes and hyphens");
        }
        if (!text(role, 100)) {
            return field("role", "1 to 100 characters (e.g. HR manager)");
        }
        String mail = blankToNull(email);
        String tel = blankToNull(phone);
        if (mail == null && tel == null) {
            return field("email", "an e-mail address or a telephone number is needed");
        }
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            return field("email", "an e-mail address, name@domain.it");
        }
        if (tel != null && !PHONE.matcher(tel).matches()) {
            return field("phone", "6 to 20 digits and spaces, optionally starting with +");
        }
        return Outcome.done(new Contact(id, accountId, name.strip(), role.strip(), mail, tel));
    }

    public static Outcome<Establishment> establishment(String id, String accountId, String comune, String label,
            ReferenceData ref) {
        String c = comune == null ? "" : comune.strip();
        if (ref.territories().comune(c).isEmpty()) {
            return field("comune", "an ISTAT comune code (6 digits)");
        }
        if (!text(label, 200)) {
            return field("label", "1 to 200 characters (e.g. the warehouse of Lodi)");
        }
        return Outcome.done(new Establishment(id, accountId, c, label.strip()));
    }

    /** {@code skills}: one per line; {@code from}: {@code YYYY-MM}, from twelve months back. */
    public static Outcome<RecordedNeed> need(String id, String accountId, String occupation, String skills,
            String headcount, String from, String note, ReferenceData ref, LocalDate today) {
        String uri = CurriculumForms.occupationUri(occupation, ref.esco());
        if (uri == null) {
            return field("occupation", "an ESCO occupation: its URI, or a label in Italian or English");
        }
        List<String> held = new ArrayList<>();
        List<String> lines = skills == null ? List.of() : skills.lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        if (lines.size() > 30) {
            return field("skills", "up to 30 skills, one per line");
        }
        for (String line : lines) {
            Outcome<String> s = CurriculumForms.skill(line, ref.esco());
            if (s instanceof Outcome.Refused<String> r) {
                return Outcome.refused(r.refusal());
            }
            String found = s.orThrow();
            if (!held.contains(found)) {
                held.add(found);
            }
        }
        int n;
        try {
            n = Integer.parseInt(headcount == null ? "" : headcount.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > 1000) {
            return field("headcount", "a whole number of people, 1 to 1000");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(from == null ? "" : from.strip());
        } catch (DateTimeParseException e) {
            return field("from", "a month, YYYY-MM");
        }
        if (month.isBefore(YearMonth.from(today).minusMonths(12)) || month.isAfter(YearMonth.from(today)
                .plusMonths(36))) {
            return field("from", "a month from a year ago to three years ahead");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000 || text.chars().anyMatch(Character::isISOControl)) {
            return field("note", "up to 1000 characters");
        }
        return Outcome.done(new RecordedNeed(id, accountId, uri, held, n, month, text));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean text(String s, int max) {
        return s != null && !s.isBlank() && s.strip().length() <= max && s.chars().noneMatch(Character::isISOControl);
    }

    private static <T> Outcome<T> field(String name, String why) {
        return Outcome.refused(new Refusal(ErrorCode.SRV_004, name, why));
    }
}
