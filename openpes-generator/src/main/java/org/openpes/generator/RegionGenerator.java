package org.openpes.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.generator.calibration.QuarterTarget;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.generator.labour.LabourMarketSimulation;
import org.openpes.generator.labour.QuarterCounts;
import org.openpes.generator.output.CoEventWriter;
import org.openpes.generator.output.Defect;
import org.openpes.generator.population.ComuneWeights;
import org.openpes.generator.population.EmployerPopulation;
import org.openpes.generator.population.Sector;
import org.openpes.generator.population.Sectors;
import org.openpes.generator.population.WorkerPool;
import org.openpes.generator.services.CourseCatalogue;
import org.openpes.generator.services.SeekersAndVacancies;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.territory.Comune;

/**
 * Generates one region: employers, CO events year by year, job seekers, vacancies, courses and the ground truth.
 * The same parameters and seed give byte-identical files. See docs/generator.md.
 */
public final class RegionGenerator {
    /** Open positions when the window starts, per unit of scale (the stock early terminations draw from). */
    static final long INITIAL_STOCK_AT_SCALE_1 = 2_000_000;
    static final int EMPLOYERS_AT_SCALE_1 = 250_000;
    /**
     * People created per hire, about (new entrants, and returning workers when none is free): with the initial
     * stock, it sizes the worker arrays once (Lombardy 2017–2024 at scale 1: 5.19M people for 2M + 14.0M hires).
     */
    static final double NEW_WORKERS_PER_HIRE = 0.25;
    /**
     * The region is simulated as independent shards of disjoint workers, in parallel. The number is fixed, not
     * taken from the machine, so that the output is the same on every machine.
     */
    static final int SHARDS = 2;

    private final ReferenceData ref;

    public RegionGenerator(ReferenceData ref) {
        this.ref = ref;
    }

    /** Runs the generation; {@code progress} receives (fraction done, what is being done). */
    public GenerationResult generate(GeneratorParams p, BiConsumer<Double, String> progress) {
        long t0 = System.nanoTime();
        List<Comune> comuni = ref.territories().comuniOfRegion(p.region());
        if (comuni.isEmpty()) {
            throw new OpenPesException(ErrorCode.GEN_001, p.region());
        }
        String regionName = comuni.get(0).regionName();
        double[] golShares = org.openpes.generator.calibration.GolPaths.shares(
                org.openpes.generator.calibration.GolPaths.beside(p.flowsFile()), regionName);
        List<QuarterTarget> targets = RealFlows.scaled(
                RealFlows.read(p.flowsFile(), p.region(), regionName, p.fromYear(), p.toYear()), p.scale());
        try {
            Files.createDirectories(p.out());
        } catch (IOException e) {
            throw new OpenPesException(e, ErrorCode.GEN_004, p.out(), e.getMessage());
        }
        progress.accept(0.0, "employers");
        ComuneWeights weights = new ComuneWeights(comuni, p.seed());
        List<Sector> sectors = Sectors.load(ref.cp2011());
        EmployerPopulation employers = new EmployerPopulation(
                (int) Math.max(200, Math.round(EMPLOYERS_AT_SCALE_1 * p.scale())), sectors, ref.ateco(), weights,
                p.seed());
        writeEmployers(p.out(), employers, comuni);
        int firstDay = (int) LocalDate.of(p.fromYear(), 1, 1).toEpochDay();
        AtomicInteger quartersDone = new AtomicInteger();
        int totalSteps = SHARDS * (targets.size() + 1);
        List<CompletableFuture<ShardResult>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(SHARDS,
                Math.max(1, Runtime.getRuntime().availableProcessors())));
        try {
            for (int k = 0; k < SHARDS; k++) {
                int shard = k;
                running.add(CompletableFuture.supplyAsync(() -> runShard(p, shard, targets, firstDay, golShares,
                        comuni, weights, sectors, employers, () -> progress.accept(0.02 + 0.93
                                * quartersDone.incrementAndGet() / totalSteps, "quarters")), pool));
            }
            List<ShardResult> shards = new ArrayList<>();
            for (CompletableFuture<ShardResult> f : running) {
                shards.add(join(f));
            }
            progress.accept(0.96, "courses and files");
            int courses = CourseCatalogue.write(p.out(), ref, sectors.stream().flatMap(s -> s.cp2011Codes().stream())
                    .distinct().sorted().toList(), comuni, (int) Math.round(300 + 1500 * p.scale()), p.toYear(),
                    p.seed());
            for (String name : List.of("seekers", "seeker_skills", "vacancies", "vacancy_skills", "patti",
                    "patto_revisions", "patto_actions", "truth/defects")) {
                concatenateParts(p.out(), name);
            }
            List<QuarterCounts> quarters = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                int q = i;
                quarters.add(sum(shards.stream().map(r -> r.quarters().get(q)).toList()));
            }
            long stock = shards.stream().mapToLong(ShardResult::initialStock).sum();
            Map<Defect, Long> defects = new EnumMap<>(Defect.class);
            shards.forEach(r -> r.defects().forEach((d, n) -> defects.merge(d, n, Long::sum)));
            writeTruth(p.out(), stock, quarters);
            GenerationResult result = new GenerationResult(p, targets, quarters, stock,
                    shards.stream().mapToLong(ShardResult::rows).sum(),
                    shards.stream().mapToLong(ShardResult::workers).sum(), employers.size(),
                    shards.stream().mapToInt(ShardResult::seekers).sum(),
                    shards.stream().mapToInt(ShardResult::vacancies).sum(),
                    shards.stream().mapToInt(ShardResult::filledBySeekers).sum(), courses, defects,
                    Duration.ofNanos(System.nanoTime() - t0));
            writeManifest(result);
            progress.accept(1.0, "done");
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one shard generated. */
    private record ShardResult(long initialStock, List<QuarterCounts> quarters, long rows, long workers,
            int seekers, int vacancies, int filledBySeekers, Map<Defect, Long> defects) {
    }

    private ShardResult runShard(GeneratorParams p, int shard, List<QuarterTarget> targets, int firstDay,
            double[] golShares, List<Comune> comuni, ComuneWeights weights, List<Sector> sectors,
            EmployerPopulation employers, Runnable step) {
        long seed = p.seed() * 31 + shard;
        long hires = targets.stream().mapToLong(QuarterTarget::hires).sum();
        long expectedWorkers = Math.round(INITIAL_STOCK_AT_SCALE_1 * p.scale())
                + Math.round(NEW_WORKERS_PER_HIRE * hires);
        WorkerPool workers = new WorkerPool(shard, SHARDS, weights, List.copyOf(ref.territories().comuni()), 0.22,
                (int) Math.min(Integer.MAX_VALUE / 64, part(expectedWorkers, shard)));
        try (CoEventWriter writer = new CoEventWriter(p.out(), p.defectRate(), seed, shard);
                SeekersAndVacancies services = new SeekersAndVacancies(p.out(), ref, workers, employers, comuni,
                        seed, shard, golShares, (int) java.time.LocalDate.of(p.toYear(), 12, 31).toEpochDay())) {
            LabourMarketSimulation sim = new LabourMarketSimulation(workers, employers, sectors, comuni,
                    ref.coCodes(), writer, services, seed);
            long stock = sim.openInitialStock(part(Math.round(INITIAL_STOCK_AT_SCALE_1 * p.scale()), shard),
                    firstDay);
            step.run();
            List<QuarterCounts> quarters = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                QuarterTarget t = targets.get(i);
                quarters.add(sim.quarter(i, new QuarterTarget(t.year(), t.quarter(), part(t.hires(), shard),
                        part(t.hireWorkers(), shard), part(t.terminations(), shard),
                        part(t.terminationWorkers(), shard))));
                step.run();
            }
            writer.close();
            return new ShardResult(stock, quarters, writer.rows(), workers.size(), services.seekers(),
                    services.vacancies(), services.vacanciesFilledBySeekers(), writer.defects());
        }
    }

    /** Shard {@code shard}'s part of a count: the counts of the shards add up exactly to it. */
    static long part(long total, int shard) {
        return total / SHARDS + (shard < total % SHARDS ? 1 : 0);
    }

    private static QuarterCounts sum(List<QuarterCounts> parts) {
        QuarterCounts a = parts.get(0);
        for (QuarterCounts b : parts.subList(1, parts.size())) {
            a = new QuarterCounts(a.quarter(), a.hires() + b.hires(), a.hireWorkers() + b.hireWorkers(),
                    a.terminations() + b.terminations(), a.terminationWorkers() + b.terminationWorkers(),
                    a.silentTerminations() + b.silentTerminations(), a.extensions() + b.extensions(),
                    a.transformations() + b.transformations(), a.stockEnd() + b.stockEnd(),
                    a.corrections() + b.corrections(), a.annulments() + b.annulments());
        }
        return a;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * Joins NAME-p0.csv, NAME-p1.csv... into NAME.csv (one header) and removes the parts. The first part is renamed,
     * the others are appended by the kernel (no copy through the JVM): this runs after the simulation, alone.
     */
    private static void concatenateParts(Path out, String name) {
        Path target = out.resolve(name + ".csv");
        try {
            Files.move(out.resolve(name + "-p0.csv"), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel o = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                for (int k = 1; k < SHARDS; k++) {
                    Path part = out.resolve(name + "-p" + k + ".csv");
                    try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
                        long from = afterHeader(in);
                        for (long size = in.size(); from < size; ) {
                            from += in.transferTo(from, size - from, o);
                        }
                    }
                    Files.delete(part);
                }
            }
        } catch (IOException e) {
            throw new OpenPesException(e, ErrorCode.GEN_004, target, e.getMessage());
        }
    }

    /** The position just after the first line of {@code in} (its header). */
    private static long afterHeader(FileChannel in) throws IOException {
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(4096);
        int n = in.read(head, 0);
        for (int i = 0; i < n; i++) {
            if (head.get(i) == '\n') {
                return i + 1;
            }
        }
        return in.size();
    }

    private static void writeEmployers(Path out, EmployerPopulation employers, List<Comune> comuni) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out.resolve("employers.csv"),
                StandardCharsets.UTF_8), 1 << 16)) {
            w.write("employer_code,ateco2007,ateco2025,section,workplace_comune,size_class\n");
            for (int e = 0; e < employers.size(); e++) {
                w.write(employers.code(e) + "," + employers.ateco2007(e) + "," + employers.ateco2025(e) + ","
                        + employers.sector(e).section() + "," + comuni.get(employers.comuneIndex(e)).code() + ","
                        + employers.sizeClass(e) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTruth(Path out, long initialStock, List<QuarterCounts> quarters) {
        try (Writer w = Files.newBufferedWriter(out.resolve("truth/quarterly.csv"), StandardCharsets.UTF_8)) {
            w.write("quarter,hires,hire_workers,terminations,termination_workers,silent_terminations,extensions,"
                    + "transformations,stock_begin,stock_end,corrections,annulments\n");
            long begin = initialStock;
            for (QuarterCounts q : quarters) {
                w.write(String.join(",", q.quarter(), "" + q.hires(), "" + q.hireWorkers(), "" + q.terminations(),
                        "" + q.terminationWorkers(), "" + q.silentTerminations(), "" + q.extensions(),
                        "" + q.transformations(), "" + begin, "" + q.stockEnd(), "" + q.corrections(),
                        "" + q.annulments()) + "\n");
                begin = q.stockEnd();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeManifest(GenerationResult r) {
        GeneratorParams p = r.params();
        String json = String.format(Locale.ROOT, """
                {
                  "generator": "openpes-generator",
                  "region": "%s",
                  "from": %d,
                  "to": %d,
                  "scale": %s,
                  "seed": %d,
                  "defect_rate": %s,
                  "initial_stock": %d,
                  "co_rows": %d,
                  "workers": %d,
                  "employers": %d,
                  "seekers": %d,
                  "vacancies": %d,
                  "vacancies_filled_by_seekers": %d,
                  "courses": %d,
                  "defects": "%s"
                }
                """, p.region(), p.fromYear(), p.toYear(), p.scale(), p.seed(), p.defectRate(), r.initialStock(),
                r.events(), r.workers(), r.employers(), r.seekers(), r.vacancies(), r.vacanciesFilledBySeekers(),
                r.courses(), r.defects());
        try {
            Files.writeString(p.out().resolve("manifest.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
