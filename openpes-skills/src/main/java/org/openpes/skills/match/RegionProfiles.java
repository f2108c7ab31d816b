package org.openpes.skills.match;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.OccupationSkills;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.training.Course;

/**
 * Reads the profiles of a generated (or exported) region folder: seekers.csv with seeker_skills.csv,
 * vacancies.csv with vacancy_skills.csv, and courses.csv with course_skills.csv, in the layouts docs/generator.md
 * defines, and the CO events in co/ for the seekers' earlier occupations. A malformed row is OPES-SKL-003 naming the
 * file, the line and the field. Fiscal codes are read only to find a seeker's CO history; profiles do not keep them.
 */
public final class RegionProfiles {
    private RegionProfiles() {
    }

    /** How many earlier occupations (most recent first, from the CO history) lend a seeker their skills. */
    static final int HISTORY_OCCUPATIONS = 3;

    /**
     * Streams the seekers to {@code sink}, their skills completed by {@link #withImpliedSkills}; returns how many.
     */
    public static int seekers(Path dir, ReferenceData reference, Consumer<SeekerProfile> sink) {
        OccupationSkills implied = new OccupationSkills(reference);
        return declaredSeekers(dir, (s, earlier) -> sink.accept(withImpliedSkills(s, earlier, implied)));
    }

    /**
     * A seeker's skills for matching: those they declared or were given (seeker_skills.csv, or the registry), plus
     * the ESCO essential skills of their last occupation and of up to {@value #HISTORY_OCCUPATIONS} occupations they
     * held before registering (CP2011 codes, mapped through the official crosswalk).
     */
    public static SeekerProfile withImpliedSkills(SeekerProfile s, List<String> earlierCp2011,
            OccupationSkills implied) {
        Set<String> all = new java.util.LinkedHashSet<>(s.skills());
        if (s.occupationUri() != null) {
            all.addAll(implied.essential(s.occupationUri()));
        }
        earlierCp2011.stream().map(implied::escoOccupation).flatMap(java.util.Optional::stream).distinct()
                .limit(HISTORY_OCCUPATIONS).forEach(o -> all.addAll(implied.essential(o)));
        return new SeekerProfile(s.id(), s.occupationUri(), List.copyOf(all), s.isced(), s.languages(),
                s.licences(), s.homeComune(), s.maxDistanceKm(), s.availability(), s.preferredContract());
    }

    /**
     * The seekers of seekers.csv with seeker_skills.csv, and the CP2011 codes of their earlier hires found in the
     * region's CO events (co/*.csv) by fiscal code.
     */
    static int declaredSeekers(Path dir, RegionSource.SeekerSink sink) {
        Map<String, List<String>> skills = new HashMap<>();
        rows(dir.resolve("seeker_skills.csv"), r -> skills.computeIfAbsent(r.getField("seeker_id"),
                k -> new ArrayList<>(12)).add(r.getField("skill_uri")));
        Path file = dir.resolve("seekers.csv");
        List<SeekerProfile> read = new ArrayList<>();
        List<CareerHistory.Registration> registrations = new ArrayList<>();
        rows(file, r -> {
            String id = r.getField("seeker_id");
            registrations.add(new CareerHistory.Registration(id, r.getField("fiscal_code"),
                    date(file, r, "registration_date")));
            read.add(new SeekerProfile(id, blankToNull(r.getField("esco_occupation")),
                    skills.getOrDefault(id, List.of()), integer(file, r, "education_isced"),
                    List.of(r.getField("languages").split(";")), r.getField("driving_licence"),
                    r.getField("home_comune"), integer(file, r, "max_distance_km"), r.getField("availability"),
                    r.getField("preferred_contract")));
        });
        Map<String, List<String>> history = CareerHistory.read(dir.resolve("co"), registrations);
        registrations.clear();
        for (SeekerProfile s : read) {
            sink.accept(s, history.getOrDefault(s.id(), List.of()));
        }
        return read.size();
    }

    /** The vacancies by id, in file order; the seeker actually hired for a vacancy, when known, goes to {@code hiredSeekerOut}. */
    public static Map<String, VacancyProfile> vacancies(Path dir, Map<String, String> hiredSeekerOut) {
        Map<String, List<String>> essential = new HashMap<>();
        Map<String, List<String>> optional = new HashMap<>();
        Path skillsFile = dir.resolve("vacancy_skills.csv");
        rows(skillsFile, r -> {
            String relation = r.getField("relation");
            Map<String, List<String>> into = switch (relation) {
                case "essential" -> essential;
                case "optional" -> optional;
                default -> throw new OpenPesException(ErrorCode.SKL_003, skillsFile, r.getStartingLineNumber(),
                        "relation must be essential or optional, got '" + relation + "'");
            };
            into.computeIfAbsent(r.getField("vacancy_id"), k -> new ArrayList<>()).add(r.getField("skill_uri"));
        });
        Map<String, VacancyProfile> out = new LinkedHashMap<>();
        rows(dir.resolve("vacancies.csv"), r -> {
            String id = r.getField("vacancy_id");
            out.put(id, new VacancyProfile(id, r.getField("employer_code"), r.getField("esco_occupation"),
                    essential.getOrDefault(id, List.of()), optional.getOrDefault(id, List.of()),
                    r.getField("comune"), r.getField("contract_type"), r.getField("working_time"),
                    integer(dir.resolve("vacancies.csv"), r, "min_education_isced")));
            if (hiredSeekerOut != null && !r.getField("hired_seeker_id").isBlank()) {
                hiredSeekerOut.put(id, r.getField("hired_seeker_id"));
            }
        });
        return out;
    }

    /** The course catalogue (courses.csv with course_skills.csv). */
    public static List<Course> courses(Path dir) {
        Map<String, Set<String>> skills = new HashMap<>();
        rows(dir.resolve("course_skills.csv"), r -> skills.computeIfAbsent(r.getField("course_id"),
                k -> new HashSet<>()).add(r.getField("skill_uri")));
        List<Course> out = new ArrayList<>();
        rows(dir.resolve("courses.csv"), r -> {
            String id = r.getField("course_id");
            out.add(new Course(id, r.getField("title"), r.getField("provider"), r.getField("comune"),
                    integer(dir.resolve("courses.csv"), r, "hours"), skills.getOrDefault(id, Set.of())));
        });
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static long date(Path file, NamedCsvRecord r, String field) {
        String v = r.getField(field);
        try {
            return java.time.LocalDate.parse(v.strip()).toEpochDay();
        } catch (java.time.format.DateTimeParseException e) {
            throw new OpenPesException(ErrorCode.SKL_003, file, r.getStartingLineNumber(),
                    "field " + field + ": '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static int integer(Path file, NamedCsvRecord r, String field) {
        String v = r.getField(field);
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new OpenPesException(ErrorCode.SKL_003, file, r.getStartingLineNumber(),
                    "field " + field + ": '" + v + "' is not an integer");
        }
    }

    private static void rows(Path file, Consumer<NamedCsvRecord> each) {
        if (!Files.isRegularFile(file)) {
            throw new OpenPesException(ErrorCode.SKL_003, file, 0, "file is missing");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                try {
                    each.accept(r);
                } catch (java.util.NoSuchElementException | IllegalArgumentException e) {
                    throw new OpenPesException(ErrorCode.SKL_003, file, r.getStartingLineNumber(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new OpenPesException(ErrorCode.SKL_003, file, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
