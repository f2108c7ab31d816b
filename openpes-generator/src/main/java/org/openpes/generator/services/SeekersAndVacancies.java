package org.openpes.generator.services;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.openpes.generator.labour.LabourMarketListener;
import org.openpes.generator.output.ByteSink;
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
    private static final int[] DISTANCES = {10, 20, 30, 50};
    private static final int FIRST_DAY_2025 = (int) LocalDate.of(2025, 1, 1).toEpochDay();

    private final WorkerPool workers;
    private final EmployerPopulation employers;
    private final List<Comune> comuni;
    private final OccupationSkills skills;
    private final List<String> declarable;
    private final SplittableRandom random;
    private final ByteSink seekers = new ByteSink();
    private final ByteSink seekerSkills = new ByteSink();
    private final ByteSink vacancies = new ByteSink();
    private final ByteSink vacancySkills = new ByteSink();
    private final List<OutputStream> streams = new ArrayList<>();
    /** Skills drawn for the row being written (at most 10), without repeats, in the order drawn. */
    private final String[] drawn = new String[16];
    private final String[] declared = new String[16];
    private int[] seekerOf;
    private int[] registeredOn;
    private int seekerCount;
    private int vacancyCount;
    private int vacanciesFilledBySeekers;

    private final int idBase;
    private final Path out;
    private final int shard;
    private final GolPacts pacts;

    /** Writes shard {@code shard}'s files ({@code seekers-pK.csv}...), ids from {@code K * 10^7}. */
    public SeekersAndVacancies(Path out, ReferenceData ref, WorkerPool workers, EmployerPopulation employers,
            List<Comune> comuni, long seed, int shard, double[] golPathShares, int lastDay) {
        this.idBase = shard * 10_000_000;
        this.out = out;
        this.shard = shard;
        this.pacts = new GolPacts(golPathShares, seed, idBase, lastDay);
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
            open(seekers, out.resolve("seekers" + p), "seeker_id", "fiscal_code", "registration_date", "did_date",
                    "sex", "birth_date", "education_isced", "citizenship", "last_cp2011", "esco_occupation",
                    "home_comune", "max_distance_km", "availability", "preferred_contract", "languages",
                    "driving_licence");
            open(seekerSkills, out.resolve("seeker_skills" + p), "seeker_id", "skill_uri", "source");
            open(vacancies, out.resolve("vacancies" + p), "vacancy_id", "employer_code", "ateco", "cp2011",
                    "esco_occupation", "comune", "contract_type", "working_time", "min_education_isced",
                    "published_date", "closing_date", "hired_seeker_id", "hire_date");
            open(vacancySkills, out.resolve("vacancy_skills" + p), "vacancy_id", "skill_uri", "relation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open(ByteSink sink, Path file, String... header) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        streams.add(stream);
        sink.target(stream);
        sink.ascii(String.join(",", header));
        sink.endRow();
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
        pacts.registered(id, registration);
        Optional<String> occupation = skills.escoOccupation(cp2011);
        String language = random.nextInt(10) < 5 ? LANGUAGES[random.nextInt(LANGUAGES.length)] : null;
        String licence = random.nextInt(10) < 6 ? "B" : random.nextInt(10) < 2 ? "C" : "";
        int distance = DISTANCES[random.nextInt(4)];
        String availability = random.nextInt(10) < 7 ? "FULL_TIME" : random.nextBoolean() ? "PART_TIME" : "ANY";
        String contract = random.nextInt(10) < 5 ? "ANY" : random.nextBoolean() ? "PERMANENT" : "FIXED_TERM";
        ByteSink s = seekers;
        id(s, 'S', id);
        s.put(',');
        s.bytes(workers.codeBytes(), workers.codeOffset(worker), 16);
        s.put(',');
        s.date(registration);
        s.put(',');
        s.date(registration);
        s.put(',');
        s.put(workers.female(worker) ? 'F' : 'M');
        s.put(',');
        s.date(workers.birthDay(worker));
        s.put(',');
        s.number(workers.isced(worker));
        s.put(',');
        s.bytes(workers.citizenshipBytes(worker));
        s.put(',');
        s.ascii(cp2011);
        s.put(',');
        s.ascii(occupation.orElse(""));
        s.put(',');
        s.ascii(workers.residence(worker).code());
        s.put(',');
        s.number(distance);
        s.put(',');
        s.ascii(availability);
        s.put(',');
        s.ascii(contract);
        s.ascii(",it");
        if (language != null) {
            s.put(';');
            s.ascii(language);
        }
        s.put(',');
        s.ascii(licence);
        s.endRow();
        int implied = occupation.isPresent() ? sample(skills.essential(occupation.get()), 4 + random.nextInt(7),
                drawn) : 0;
        skillRows(seekerSkills, 'S', id, drawn, implied, "IMPLIED");
        int declarable = sample(this.declarable, 1 + random.nextInt(3), declared);
        int kept = 0;
        for (int i = 0; i < declarable; i++) {
            if (indexOf(drawn, implied, declared[i]) < 0) {
                declared[kept++] = declared[i];
            }
        }
        skillRows(seekerSkills, 'S', id, declared, kept, "DECLARED");
    }

    @Override
    public void hired(int worker, int employer, int day, String cp2011, String contractType, String workingTime) {
        if (worker < seekerOf.length && seekerOf[worker] >= 0) {
            pacts.hired(seekerOf[worker], day);
        }
        if (random.nextDouble() >= VACANCY_RATE) {
            return;
        }
        Optional<String> occupation = skills.escoOccupation(cp2011);
        if (occupation.isEmpty()) {
            return;
        }
        ensure(worker);
        int id = idBase + ++vacancyCount;
        boolean bySeeker = seekerOf[worker] >= 0 && registeredOn[worker] <= day;
        if (bySeeker) {
            vacanciesFilledBySeekers++;
        }
        ByteSink s = vacancies;
        id(s, 'V', id);
        s.put(',');
        s.bytes(employers.codeBytes(employer));
        s.put(',');
        s.bytes(employers.atecoBytes(employer, day >= FIRST_DAY_2025));
        s.put(',');
        s.ascii(cp2011);
        s.put(',');
        s.ascii(occupation.get());
        s.put(',');
        s.ascii(comuni.get(employers.comuneIndex(employer)).code());
        s.put(',');
        s.ascii(contractType);
        s.put(',');
        s.ascii(workingTime);
        s.put(',');
        s.number(Math.max(0, workers.isced(worker) - 1));
        s.put(',');
        s.date(day - 15 - random.nextInt(46));
        s.put(',');
        s.date(day - 1);
        s.put(',');
        if (bySeeker) {
            id(s, 'S', seekerOf[worker]);
        }
        s.put(',');
        s.date(day);
        s.endRow();
        int essential = sample(skills.essential(occupation.get()), 3 + random.nextInt(6), drawn);
        skillRows(vacancySkills, 'V', id, drawn, essential, "essential");
        int optional = sample(skills.optional(occupation.get()), random.nextInt(5), drawn);
        skillRows(vacancySkills, 'V', id, drawn, optional, "optional");
    }

    /** A seeker or vacancy id: the prefix and 8 digits. */
    private static void id(ByteSink s, char prefix, int n) {
        s.put(prefix);
        for (int d = 10_000_000; d > 0; d /= 10) {
            s.put((char) ('0' + n / d % 10));
        }
    }

    private static void skillRows(ByteSink s, char prefix, int id, String[] skills, int count, String kind) {
        for (int i = 0; i < count; i++) {
            id(s, prefix, id);
            s.put(',');
            s.ascii(skills[i]);
            s.put(',');
            s.ascii(kind);
            s.endRow();
        }
    }

    /**
     * Draws up to {@code n} different values of {@code from} into {@code into}, in the order drawn (4n draws at
     * most); returns how many.
     */
    private int sample(List<String> from, int n, String[] into) {
        if (from.isEmpty()) {
            return 0;
        }
        int wanted = Math.min(n, from.size());
        int count = 0;
        for (int tries = 0; count < wanted && tries < 4 * wanted; tries++) {
            String value = from.get(random.nextInt(from.size()));
            if (indexOf(into, count, value) < 0) {
                into[count++] = value;
            }
        }
        return count;
    }

    private static int indexOf(String[] values, int count, String value) {
        for (int i = 0; i < count; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return -1;
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
        pacts.write(out, shard);
        seekers.flush();
        seekerSkills.flush();
        vacancies.flush();
        vacancySkills.flush();
        try {
            for (OutputStream stream : streams) {
                stream.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
