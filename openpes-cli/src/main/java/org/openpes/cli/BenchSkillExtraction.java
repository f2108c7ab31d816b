package org.openpes.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.extract.ExactLabelExtractor;
import org.openpes.skills.extract.LexicalSkillExtractor;
import org.openpes.skills.extract.SkillExtractionBenchmark;
import org.openpes.skills.extract.SkillExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "skill-extraction", mixinStandardHelpOptions = true,
        description = {"Skill extraction on files of the format sentence,span,sub_span,label (label an ESCO "
                + "preferred label), e.g. ../shared/data/benchmarks/skill-extraction/tech_validation_annotations.csv.",
            "Reports R-Precision@5 and @10 over the sentences with at least one gold label: RP@K = (gold labels in "
                + "the top K) / min(K, gold labels), averaged.",
            "Baseline, same run: exact look-up of ESCO labels in the text.",
            "The last line reads: RP@5 x RP@10 x (for the last file)."})
final class BenchSkillExtraction implements Callable<Integer> {
    @Option(names = "--file", required = true, description = "A benchmark file; repeat for several.")
    List<Path> files;

    @Override
    public Integer call() {
        ReferenceData ref = ReferenceData.load();
        long t0 = System.nanoTime();
        SkillExtractor baseline = new ExactLabelExtractor(ref.esco());
        double baselineBuild = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        SkillExtractor ours = new LexicalSkillExtractor(ref.esco());
        double oursBuild = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "index of %,d ESCO skills: baseline %.2f s, openpes %.2f s%n",
                ref.esco().skills().size(), baselineBuild, oursBuild);
        SkillExtractionBenchmark.Result last = null;
        for (Path file : files) {
            List<SkillExtractionBenchmark.Sentence> sentences = SkillExtractionBenchmark.load(file);
            long labelled = sentences.stream().filter(s -> !s.gold().isEmpty()).count();
            System.out.printf(Locale.ROOT, "%s: %,d sentences, %,d with at least one gold label%n", file,
                    sentences.size(), labelled);
            SkillExtractionBenchmark.run(ours, sentences.subList(0, Math.min(20, sentences.size()))); // warm-up
            SkillExtractionBenchmark.Result base = SkillExtractionBenchmark.run(baseline, sentences);
            print("exact-label baseline", base);
            SkillExtractionBenchmark.Result result = SkillExtractionBenchmark.run(ours, sentences);
            print("openpes lexical windows", result);
            System.out.printf(Locale.ROOT, "ratio openpes / baseline: RP@5 %s, RP@10 %s, throughput %.3f   "
                    + "peak RSS: %d MB%n", ratio(result.rpAt5(), base.rpAt5()), ratio(result.rpAt10(), base.rpAt10()),
                    result.sentencesPerSecond() / base.sentencesPerSecond(), Memory.peakRssKb() / 1024);
            last = result;
        }
        System.out.printf(Locale.ROOT, "RP@5 %.4f RP@10 %.4f%n", last.rpAt5(), last.rpAt10());
        return 0;
    }

    private static String ratio(double a, double b) {
        return b == 0 ? "n/a (baseline 0)" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static void print(String method, SkillExtractionBenchmark.Result r) {
        System.out.printf(Locale.ROOT, "%-24s RP@5 %.4f RP@10 %.4f   %,d sentences in %.2f s = %,.1f sentences/s%n",
                method, r.rpAt5(), r.rpAt10(), r.sentences(), r.seconds(), r.sentencesPerSecond());
    }
}
