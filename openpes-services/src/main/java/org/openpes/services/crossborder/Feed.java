package org.openpes.services.crossborder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed as read, before its rows are checked: its header as text, its rows, and the errors found while reading it
 * (not JSON, a field of the wrong type, an unknown field). {@link #headerErrors} checks the header.
 */
public record Feed(String format, String source, String country, String extractedOn, List<FeedRow> rows,
        List<FeedError> readErrors) {
    /** The format this release reads. */
    public static final String FORMAT = "openpes-mare-vacancies/1";

    public Feed {
        rows = List.copyOf(rows);
        readErrors = List.copyOf(readErrors);
    }

    /** A feed that could not be read at all. */
    public static Feed unreadable(FeedError why) {
        return new Feed(null, null, null, null, List.of(), List.of(why));
    }

    /**
     * The same feed as if extracted on {@code day}: every date moved by the same number of days (a demonstration
     * feed kept current). A feed whose extraction date is not a date is returned as it is.
     */
    public Feed asOf(LocalDate day) {
        long shift;
        try {
            shift = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(extractedOn), day);
        } catch (DateTimeParseException | NullPointerException e) {
            return this;
        }
        List<FeedRow> moved = rows.stream().map(r -> new FeedRow(r.row(), r.id(), r.title(), r.description(),
                r.escoOccupation(), r.escoSkills(), r.nuts3(), r.place(), r.languages(), r.contract(),
                r.hoursPerWeek(), plus(r.publishedOn(), shift), plus(r.closesOn(), shift))).toList();
        return new Feed(format, source, country, day.toString(), moved, readErrors);
    }

    private static String plus(String date, long days) {
        try {
            return LocalDate.parse(date).plusDays(days).toString();
        } catch (DateTimeParseException | NullPointerException e) {
            return date;
        }
    }

    /** The header's errors; none for a feed that could not be read at all (its one error says why). */
    public List<FeedError> headerErrors() {
        List<FeedError> out = new ArrayList<>();
        if (readErrors.stream().anyMatch(e -> e.row() == 0 && e.field().equals("feed"))) {
            return out;
        }
        if (!FORMAT.equals(format)) {
            out.add(new FeedError(0, "", "format", "must be \"" + FORMAT + "\""));
        }
        if (source == null || source.isBlank() || source.strip().length() > 100
                || source.chars().anyMatch(Character::isISOControl)) {
            out.add(new FeedError(0, "", "source", "the sending PES, 1 to 100 characters"));
        }
        if (country == null || !country.matches("[A-Z]{2}") || country.equals("IT")) {
            out.add(new FeedError(0, "", "country", "the ISO 3166 code of the sending PES's country, not IT"));
        }
        try {
            if (extractedOn == null || LocalDate.parse(extractedOn).getYear() < 2000) {
                out.add(new FeedError(0, "", "extracted_on", "a date, YYYY-MM-DD"));
            }
        } catch (DateTimeParseException e) {
            out.add(new FeedError(0, "", "extracted_on", "a date, YYYY-MM-DD"));
        }
        if (rows.isEmpty() && readErrors.isEmpty()) {
            out.add(new FeedError(0, "", "vacancies", "a list of at least one vacancy"));
        }
        if (rows.size() > FeedRows.MAX_ROWS) {
            out.add(new FeedError(0, "", "vacancies", "at most " + FeedRows.MAX_ROWS + " vacancies per feed"));
        }
        return out;
    }
}
