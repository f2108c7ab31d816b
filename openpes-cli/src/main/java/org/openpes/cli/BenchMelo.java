package org.openpes.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.melo.MeloBenchmark;
import org.openpes.skills.melo.MeloDataset;
import org.openpes.skills.text.Language;
import org.openpes.skills.titles.Tuning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "melo", mixinStandardHelpOptions = true,
        description = {"Job-title normalisation on a MELO-format folder (queries.tsv, corpus_elements.tsv, "
                + "concept_mapping.tsv, annotations.tsv): ranks every corpus element for every query and computes "
                + "MAP, MRR, success@1 and success@10 as trec_eval does. Target on Italian: MAP >= 0.35, "
                + ">= 5,000 titles/s.",
            "Baseline, same run: char n-gram TF-IDF, labels ranked one by one (the published char TF-IDF method).",
            "The last line reads: MAP x MRR x S@1 x S@10 x"})
final class BenchMelo implements Callable<Integer> {
    @Option(names = "--dir", required = true, description = "The MELO folder, e.g. ../shared/data/benchmarks/melo-ita.")
    Path dir;

    @Option(names = "--lang", required = true, description = "Language of the queries and corpus: it, en, fr, es, "
            + "de, nl, sv.")
    String lang;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for the throughput run "
            + "(default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new OpenPesException(ErrorCode.SKL_005, "--threads", "must be at least 1, got " + threads);
        }
        Language language = Language.of("--lang", lang);
        MeloDataset data = MeloDataset.load(dir);
        Map<String, String> broader = ReferenceData.load().esco().occupationBroader();
        System.out.printf(Locale.ROOT, "MELO %s: %d queries, %d corpus elements, %d judged queries%n", dir,
                data.queries().size(), data.corpus().size(), data.relevant().size());
        MeloBenchmark.Result base = MeloBenchmark.run("char-tfidf baseline", data, language, broader,
                Tuning.CHAR_TFIDF, threads);
        print(base);
        MeloBenchmark.Result ours = MeloBenchmark.run("openpes lexical+taxonomy", data, language, broader,
                Tuning.DEFAULT, threads);
        print(ours);
        System.out.printf(Locale.ROOT, "ratio openpes / baseline: MAP %.2f, throughput %.2f   peak RSS: %d MB   "
                + "targets: MAP >= 0.35 %s, >= 5,000 titles/s %s%n",
                ours.metrics().map() / base.metrics().map(),
                ours.throughput().titlesPerSecond() / base.throughput().titlesPerSecond(), Memory.peakRssKb() / 1024,
                ours.metrics().map() >= 0.35 ? "met" : "NOT met",
                ours.throughput().titlesPerSecond() >= 5000 ? "met" : "NOT met");
        System.out.println(ours.metrics().line());
        return 0;
    }

    private static void print(MeloBenchmark.Result r) {
        System.out.printf(Locale.ROOT, "%-26s %s   index %.2f s   full ranking of %d queries %.2f s   "
                + "top-10 normalisation: %,d titles in %.2f s on %d threads = %,.0f titles/s%n",
                r.method(), r.metrics().line(), r.buildSeconds(), r.queries(), r.rankSeconds(),
                r.throughput().titles(), r.throughput().seconds(), r.throughput().threads(),
                r.throughput().titlesPerSecond());
    }
}
