package org.openpes.generator.services;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.openpes.reference.OccupationSkills;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.territory.Comune;

/** A catalogue of training courses: the ESCO skills each teaches, its provider, comune and hours. */
public final class CourseCatalogue {
    private CourseCatalogue() {
    }

    /** Writes {@code courses.csv} and {@code course_skills.csv}; returns the number of courses. */
    public static int write(Path out, ReferenceData ref, List<String> cp2011Codes, List<Comune> comuni, int count,
            int lastYear, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xC0A45EL);
        OccupationSkills skills = new OccupationSkills(ref);
        TreeSet<String> occupations = new TreeSet<>();
        cp2011Codes.forEach(c -> skills.escoOccupation(c).ifPresent(occupations::add));
        List<String> occupationList = new ArrayList<>(occupations);
        int providers = Math.max(5, count / 25);
        int firstDay = (int) LocalDate.of(lastYear, 1, 1).toEpochDay();
        try (Writer courses = new BufferedWriter(Files.newBufferedWriter(out.resolve("courses.csv"),
                StandardCharsets.UTF_8));
                Writer taught = new BufferedWriter(Files.newBufferedWriter(out.resolve("course_skills.csv"),
                        StandardCharsets.UTF_8))) {
            Csv.row(courses, "course_id", "title", "provider", "comune", "hours", "start_date", "esco_occupation");
            Csv.row(taught, "course_id", "skill_uri");
            int written = 0;
            for (int i = 0; written < count && i < count * 3; i++) {
                String occupation = occupationList.get(random.nextInt(occupationList.size()));
                List<String> essential = skills.essential(occupation);
                if (essential.isEmpty()) {
                    continue;
                }
                written++;
                String id = String.format("C%06d", written);
                TreeSet<String> chosen = new TreeSet<>();
                int n = Math.min(essential.size(), 2 + random.nextInt(5));
                while (chosen.size() < n) {
                    chosen.add(essential.get(random.nextInt(essential.size())));
                }
                String first = ref.esco().skill(chosen.first()).map(s -> s.preferredLabel()).orElse("skills");
                int hours = 8 * n * (2 + random.nextInt(6));
                Csv.row(courses, id, "Corso: " + first, "Ente di formazione " + (1 + random.nextInt(providers)),
                        comuni.get(random.nextInt(comuni.size())).code(), hours,
                        LocalDate.ofEpochDay(firstDay + random.nextInt(365)), occupation);
                for (String s : chosen) {
                    Csv.row(taught, id, s);
                }
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
