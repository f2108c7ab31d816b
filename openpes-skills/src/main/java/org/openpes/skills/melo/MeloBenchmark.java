package org.openpes.skills.melo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openpes.skills.text.Language;
import org.openpes.skills.titles.Label;
import org.openpes.skills.titles.LexicalEncoder;
import org.openpes.skills.titles.TitleNormaliser;
import org.openpes.skills.titles.Tuning;

/**
 * Runs a title normaliser on a MELO dataset: ranks every corpus element for every query and scores the rankings
 * with {@link RankingMetrics}. The normaliser sees the corpus labels, their concept URIs and the ESCO taxonomy
 * ({@code broader}); it never sees the annotations or the CP2011 crosswalk they were derived from.
 */
public final class MeloBenchmark {

    /** One method's result: quality, time to build the index and to rank every query, in seconds. */
    public record Result(String method, RankingMetrics metrics, double buildSeconds, double rankSeconds,
            int queries, Throughput throughput) {
    }

    /** Titles normalised per second (top 10 occupations each) on {@code threads} threads, after a warm-up. */
    public record Throughput(int titles, int threads, double seconds) {
        public double titlesPerSecond() {
            return titles / seconds;
        }
    }

    private MeloBenchmark() {
    }

    /** Quality, then throughput on {@code threads} threads; {@code threads < 1} skips throughput (null). */
    public static Result run(String method, MeloDataset data, Language language, Map<String, String> broader,
            Tuning tuning, int threads) {
        long t0 = System.nanoTime();
        TitleNormaliser normaliser = TitleNormaliser.build(data.corpus(), broader, new LexicalEncoder(language),
                tuning);
        long t1 = System.nanoTime();
        List<Label> labels = normaliser.labels();
        List<RankingMetrics.Judged> judged = new ArrayList<>(data.queries().size());
        for (Map.Entry<String, String> q : data.queries().entrySet()) {
            int[] order = normaliser.rankLabels(q.getValue());
            List<String> ids = new ArrayList<>(order.length);
            for (int i : order) {
                ids.add(labels.get(i).id());
            }
            judged.add(new RankingMetrics.Judged(ids, data.relevant().getOrDefault(q.getKey(), Set.of())));
        }
        long t2 = System.nanoTime();
        Throughput throughput = threads < 1 ? null
                : throughput(normaliser, List.copyOf(data.queries().values()), threads);
        return new Result(method, RankingMetrics.of(judged), (t1 - t0) / 1e9, (t2 - t1) / 1e9, data.queries().size(),
                throughput);
    }

    /**
     * Normalises the query titles repeatedly (about 40,000 titles) on {@code threads} threads and times it, after a
     * warm-up of as many titles so that the JIT has compiled the scoring loops.
     */
    static Throughput throughput(TitleNormaliser normaliser, List<String> titles, int threads) {
        int rounds = Math.max(1, 40_000 / titles.size());
        for (int r = 0; r < rounds; r++) {
            for (String t : titles) {
                normaliser.rank(t, 10);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int th = 0; th < threads; th++) {
                int first = th;
                jobs.add(pool.submit(() -> {
                    for (int r = first; r < rounds; r += threads) {
                        for (String t : titles) {
                            normaliser.rank(t, 10);
                        }
                    }
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
            return new Throughput(rounds * titles.size(), threads, (System.nanoTime() - t0) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
