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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.openpes.generator.labour.LabourMarketListener;
import org.openpes.generator.population.EmployerPopulation;
import org.openpes.generator.population.WorkerPool;
import org.openpes.reference.OccupationSkills;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.territory.Comune;

/**
 * Job seekers and vacancies that follow from the simulated labour market. A worker whose position ends may register
 * with the CPI (DID); some hires fill a published vacancy, and when the hired worker was a registered job seeker the
 * vacancy records who was hired: the truth for measuring matching.
 */
public final class SeekersAndVacancies implements LabourMarketListener, AutoCloseable {
    private static final double REGISTRATION_RATE = 0.025;
    private static final double VACANCY_RATE = 0.057;
    private static final String[] LANGUAGES = {"en", "fr", "de", "es"};

    private final WorkerPool workers;
    private final EmployerPopulation employers;
    private final List<Comune> comuni;
    private final OccupationSkills skills;
    private final List<String> declarable;
    private final SplittableRandom random;
    private final Writer seekers;
    private final Writer seekerSkills;
    private final Writer vacancies;
    private final Writer vacancySkills;
    private int[] seekerOf;
    private int[] registeredOn;
    private int seekerCount;
    private int vacancyCount;
    private int vacanciesFilledBySeekers;

    private final int idBase;

    /** Writes shard {@code shard}'s files ({@code seekers-pK.csv}...), ids from {@code K * 10^7}. */
    public SeekersAndVacancies(Path out, ReferenceData ref, WorkerPool workers, EmployerPopulation employers,
            List<Comune> comuni, long seed, int shard) {
        this.idBase = shard * 10_000_000;
        String p = "-p" + shard + ".csv";
        this.workers = workers;
        this.employers = employers;
        this.comuni = comuni;
        this.skills = new OccupationSkills(ref);
        this.random = new SplittableRandom(seed ^ 0x5EE4E25L);
        this.seekerOf = new int[workers.capacity()];
        this.registeredOn = new int[workers.capacity()];
        List<String> d = new ArrayList<>(ref.esco().collections().get("transversal"));
        d.addAll(ref.esco().collections().get("digital"));
        d.sort(null);
        this.declarable = d;
        Arrays.fill(seekerOf, -1);
        try {
            seekers = open(out.resolve("seekers" + p), "seeker_id", "fiscal_code", "registration_date", "did_date",
                    "sex", "birth_date", "education_isced", "citizenship", "last_cp2011", "esco_occupation",
                    "home_comune", "max_distance_km", "availability", "preferred_contract", "languages",
                    "driving_licence");
            seekerSkills = open(out.resolve("seeker_skills" + p), "seeker_id", "skill_uri", "source");
            vacancies = open(out.resolve("vacancies" + p), "vacancy_id", "employer_code", "ateco", "cp2011",
                    "esco_occupation", "comune", "contract_type", "working_time", "min_education_isced",
                    "published_date", "closing_date", "hired_seeker_id", "hire_date");
            vacancySkills = open(out.resolve("vacancy_skills" + p), "vacancy_id", "skill_uri", "relation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer open(Path file, Object... header) throws IOException {
        Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        Csv.row(w, header);
        return w;
    }

    private void ensure(int w) {
        if (w >= seekerOf.length) {
            int old = seekerOf.length;
            int cap = Math.max(w + 1, old * 2);
            seekerOf = Arrays.copyOf(seekerOf, cap);
            registeredOn = Arrays.copyOf(registeredOn, cap);
            Arrays.fill(seekerOf, old, cap, -1);
        }
    }

    @Override
    public void terminated(int worker, int day, String cp2011) {
        ensure(worker);
        if (seekerOf[worker] >= 0 || random.nextDouble() >= REGISTRATION_RATE) {
            return;
        }
        int id = idBase + ++seekerCount;
        seekerOf[worker] = id;
        int registration = day + random.nextInt(46);
        registeredOn[worker] = registration;
        Optional<String> occupation = skills.escoOccupation(cp2011);
        String seekerId = id("S", id);
        String date = LocalDate.ofEpochDay(registration).toString();
        String languages = "it" + (random.nextInt(10) < 5 ? ";" + LANGUAGES[random.nextInt(LANGUAGES.length)] : "");
        String licence = random.nextInt(10) < 6 ? "B" : random.nextInt(10) < 2 ? "C" : "";
        int[] distances = {10, 20, 30, 50};
        Csv.row(seekers, seekerId, workers.code(worker), date, date, workers.female(worker) ? "F" : "M",
                LocalDate.ofEpochDay(workers.birthDay(worker)), workers.isced(worker), workers.citizenship(worker),
                cp2011, occupation.orElse(""), workers.residence(worker).code(), distances[random.nextInt(4)],
                random.nextInt(10) < 7 ? "FULL_TIME" : random.nextBoolean() ? "PART_TIME" : "ANY",
                random.nextInt(10) < 5 ? "ANY" : random.nextBoolean() ? "PERMANENT" : "FIXED_TERM", languages,
                licence);
        LinkedHashSet<String> implied = new LinkedHashSet<>();
        occupation.ifPresent(o -> sample(skills.essential(o), 4 + random.nextInt(7), implied));
        implied.forEach(s -> Csv.plain(seekerSkills, seekerId, s, "IMPLIED"));
        LinkedHashSet<String> declared = new LinkedHashSet<>();
        sample(declarable, 1 + random.nextInt(3), declared);
        declared.removeAll(implied);
        declared.forEach(s -> Csv.plain(seekerSkills, seekerId, s, "DECLARED"));
    }

    @Override
    public void hired(int worker, int employer, int day, String cp2011, String contractType, String workingTime) {
        if (random.nextDouble() >= VACANCY_RATE) {
            return;
        }
        Optional<String> occupation = skills.escoOccupation(cp2011);
        if (occupation.isEmpty()) {
            return;
        }
        ensure(worker);
        int id = idBase + ++vacancyCount;
        String vacancyId = id("V", id);
        boolean bySeeker = seekerOf[worker] >= 0 && registeredOn[worker] <= day;
        if (bySeeker) {
            vacanciesFilledBySeekers++;
        }
        int year = LocalDate.ofEpochDay(day).getYear();
        Csv.row(vacancies, vacancyId, employers.code(employer), employers.ateco(employer, year), cp2011,
                occupation.get(), comuni.get(employers.comuneIndex(employer)).code(), contractType, workingTime,
                Math.max(0, workers.isced(worker) - 1), LocalDate.ofEpochDay(day - 15 - random.nextInt(46)),
                LocalDate.ofEpochDay(day - 1), bySeeker ? id("S", seekerOf[worker]) : "",
                LocalDate.ofEpochDay(day));
        LinkedHashSet<String> essential = new LinkedHashSet<>();
        sample(skills.essential(occupation.get()), 3 + random.nextInt(6), essential);
        essential.forEach(s -> Csv.plain(vacancySkills, vacancyId, s, "essential"));
        LinkedHashSet<String> optional = new LinkedHashSet<>();
        sample(skills.optional(occupation.get()), random.nextInt(5), optional);
        optional.forEach(s -> Csv.plain(vacancySkills, vacancyId, s, "optional"));
    }

    private static String id(String prefix, int n) {
        String digits = Integer.toString(n);
        return prefix + "00000000".substring(digits.length()) + digits;
    }

    private void sample(List<String> from, int n, LinkedHashSet<String> into) {
        if (from.isEmpty()) {
            return;
        }
        int wanted = Math.min(n, from.size());
        for (int tries = 0; into.size() < wanted && tries < 4 * wanted; tries++) {
            into.add(from.get(random.nextInt(from.size())));
        }
    }

    public int seekers() {
        return seekerCount;
    }

    public int vacancies() {
        return vacancyCount;
    }

    public int vacanciesFilledBySeekers() {
        return vacanciesFilledBySeekers;
    }

    @Override
    public void close() {
        try {
            seekers.close();
            seekerSkills.close();
            vacancies.close();
            vacancySkills.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
