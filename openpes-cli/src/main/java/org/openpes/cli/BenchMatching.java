package org.openpes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.match.MatchingService;
import org.openpes.skills.match.RegionProfiles;
import org.openpes.skills.match.SeekerProfile;
import org.openpes.skills.match.SeekerStore;
import org.openpes.skills.match.VacancyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "matching", mixinStandardHelpOptions = true,
        description = {"Candidate matching at scale. Generates (or reuses) a demo region, tiles its job seekers to "
                + "--profiles profiles (copy c of a seeker gets a new id and a home comune drawn from the region's "
                + "seekers), indexes them, and times the top 50 candidates for real vacancies.",
            "Targets: index 1M profiles in <= 60 s; top 50 in p50 <= 20 ms, p99 <= 100 ms; >= 100 queries/s on 2 "
                + "threads.",
            "Baseline, same run: brute-force scoring of every profile. Every timed top 50 is compared with it.",
            "Quality: recall@10 and @50 of the seeker actually hired, among the region's real seekers, against "
                + "the baseline 'same ESCO occupation, nearest first'."})
final class BenchMatching implements Callable<Integer> {
    @Option(names = "--profiles", defaultValue = "1000000", description = "Profiles to index (default ${DEFAULT-VALUE}).")
    int profiles;

    @Option(names = "--queries", defaultValue = "300", description = "Vacancies to time (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--brute-force-queries", defaultValue = "30",
            description = "Of those, how many also run brute force (default ${DEFAULT-VALUE}).")
    int bruteQueries;

    @Option(names = "--region", description = "A generated region folder (default: the demo region, generated if "
            + "missing).")
    Path region;

    @Override
    public Integer call() throws Exception {
        ReferenceData ref = ReferenceData.load();
        Path dir = region != null ? region : demoRegion(ref);
        MatchingService.Context context = new MatchingService.Context(ref);
        List<SeekerProfile> originals = new ArrayList<>();
        RegionProfiles.seekers(dir, ref, originals::add);
        Map<String, String> hired = new HashMap<>();
        Map<String, VacancyProfile> vacancies = RegionProfiles.vacancies(dir, hired);
        System.out.printf(Locale.ROOT, "region %s: %,d seekers, %,d vacancies (%,d with the hired seeker known)%n",
                dir, originals.size(), vacancies.size(), hired.size());

        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        SeekerStore store = tile(context, originals, profiles);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "index: %,d profiles in %.2f s (%,.0f profiles/s), heap +%d MB   "
                + "target <= 60 s for 1M: %s%n", store.size(), indexSeconds, store.size() / indexSeconds,
                (usedHeap() - heapBefore) >> 20, indexSeconds * 1_000_000 / store.size() <= 60 ? "met" : "NOT met");
        MatchingService service = context.service(store, vacancies);

        List<VacancyProfile> sample = sample(new ArrayList<>(vacancies.values()), queries);
        for (VacancyProfile v : sample) {
            service.rankRows(v, 50); // warm-up
        }
        double[] latency = new double[sample.size()];
        int fellBack = 0;
        long candidates = 0;
        for (int i = 0; i < sample.size(); i++) {
            long s = System.nanoTime();
            var r = service.rankRows(sample.get(i), 50);
            latency[i] = (System.nanoTime() - s) / 1e6;
            fellBack += r.fellBack() ? 1 : 0;
            candidates += r.candidates();
        }
        double[] brute = new double[Math.min(bruteQueries, sample.size())];
        int equal = 0;
        for (int i = 0; i < brute.length; i++) {
            long s = System.nanoTime();
            int[] expected = service.bruteForceRows(sample.get(i), 50).rows();
            brute[i] = (System.nanoTime() - s) / 1e6;
            equal += Arrays.equals(expected, service.rankRows(sample.get(i), 50).rows()) ? 1 : 0;
        }
        double qps = throughput(service, sample, 2);
        double p50 = percentile(latency, 50);
        double p99 = percentile(latency, 99);
        double bruteP50 = percentile(brute, 50);
        System.out.printf(Locale.ROOT, "top 50 of %,d, %d vacancies, 1 thread: p50 %.2f ms, p99 %.2f ms, "
                + "mean candidates read %,d, full-scan fallbacks %d%n", store.size(), sample.size(), p50, p99,
                candidates / Math.max(1, sample.size()), fellBack);
        System.out.printf(Locale.ROOT, "throughput, 2 threads: %.0f queries/s%n", qps);
        System.out.printf(Locale.ROOT, "baseline brute force, %d vacancies: p50 %.2f ms, p99 %.2f ms   ratio "
                + "brute/indexed p50: %.1f   top 50 identical to brute force: %d of %d%n", brute.length, bruteP50,
                percentile(brute, 99), bruteP50 / p50, equal, brute.length);
        System.out.printf(Locale.ROOT, "targets: p50 <= 20 ms %s, p99 <= 100 ms %s, >= 100 q/s %s, exact %s   "
                + "peak RSS %d MB%n", p50 <= 20 ? "met" : "NOT met", p99 <= 100 ? "met" : "NOT met",
                qps >= 100 ? "met" : "NOT met", equal == brute.length ? "yes" : "NO", Memory.peakRssKb() / 1024);
        quality(context, originals, vacancies, hired);
        return 0;
    }

    /** Recall of the real hire among the region's own seekers, against "same occupation, nearest first". */
    private static void quality(MatchingService.Context context, List<SeekerProfile> originals,
            Map<String, VacancyProfile> vacancies, Map<String, String> hired) {
        SeekerStore.Builder b = context.builder();
        originals.forEach(b::add);
        MatchingService real = context.service(b.build(), vacancies);
        int n = 0;
        int[] ours = new int[2];
        int[] base = new int[2];
        int filtered = 0;
        int sameOccupation = 0;
        for (Map.Entry<String, String> e : hired.entrySet()) {
            VacancyProfile v = vacancies.get(e.getKey());
            int target = real.store().indexOf(e.getValue());
            if (v == null || target < 0) {
                continue;
            }
            n++;
            filtered += real.score(v, target) < 0 ? 1 : 0;
            sameOccupation += v.occupationUri().equals(originals.get(target).occupationUri()) ? 1 : 0;
            int rank = indexOf(real.rankRows(v, 50).rows(), target);
            ours[0] += rank >= 0 && rank < 10 ? 1 : 0;
            ours[1] += rank >= 0 ? 1 : 0;
            int baseRank = indexOf(real.sameOccupationNearest(v, 50), target);
            base[0] += baseRank >= 0 && baseRank < 10 ? 1 : 0;
            base[1] += baseRank >= 0 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "quality on %,d vacancies with a known hire among %,d seekers: "
                + "recall@10 %.3f, recall@50 %.3f; baseline same occupation nearest first: recall@10 %.3f, "
                + "recall@50 %.3f%n", n, originals.size(), ours[0] / (double) n, ours[1] / (double) n,
                base[0] / (double) n, base[1] / (double) n);
        System.out.printf(Locale.ROOT, "  of those hires: %.1f%% outside the seeker's commuting radius (a hard filter "
                + "for matching, not for the baseline), %.1f%% in the seeker's last occupation%n",
                100.0 * filtered / n, 100.0 * sameOccupation / n);
    }

    private static int indexOf(int[] rows, int target) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == target) {
                return i;
            }
        }
        return -1;
    }

    private static SeekerStore tile(MatchingService.Context context, List<SeekerProfile> originals, int n) {
        SeekerStore.Builder b = context.builder();
        SplittableRandom random = new SplittableRandom(7);
        Progress progress = new Progress("index");
        for (int i = 0; i < n; i++) {
            SeekerProfile s = originals.get(i % originals.size());
            int copy = i / originals.size();
            if (copy > 0) {
                String comune = originals.get(random.nextInt(originals.size())).homeComune();
                s = new SeekerProfile(s.id() + "-c" + copy, s.occupationUri(), s.skills(), s.isced(), s.languages(),
                        s.licences(), comune, s.maxDistanceKm(), s.availability(), s.preferredContract());
            }
            b.add(s);
            if ((i & 0xFFFF) == 0) {
                progress.update(i / (double) n, String.format(Locale.ROOT, "%,d profiles", i));
            }
        }
        SeekerStore store = b.build();
        progress.update(1, String.format(Locale.ROOT, "%,d profiles", n));
        return store;
    }

    private static List<VacancyProfile> sample(List<VacancyProfile> all, int n) {
        List<VacancyProfile> out = new ArrayList<>(n);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < n && !all.isEmpty(); i++) {
            out.add(all.get(random.nextInt(all.size())));
        }
        return out;
    }

    private static double throughput(MatchingService service, List<VacancyProfile> sample, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                jobs.add(pool.submit(() -> {
                    for (int i = first; i < sample.size(); i += threads) {
                        service.rankRows(sample.get(i), 50);
                    }
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
            return sample.size() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(double[] values, int pct) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(pct / 100.0 * v.length) - 1)];
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return r.totalMemory() - r.freeMemory();
    }

    static Path demoRegion(ReferenceData ref) {
        Path out = Home.demoRegion();
        if (!Files.isRegularFile(out.resolve("manifest.json"))) {
            Progress progress = new Progress("generate");
            new RegionGenerator(ref).generate(new GeneratorParams("03", 2017, 2024, 0.05, 42, out, 0,
                    RealFlows.DEFAULT), progress::update);
        }
        return out;
    }
}
