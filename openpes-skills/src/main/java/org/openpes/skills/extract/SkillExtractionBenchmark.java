package org.openpes.skills.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * The skill-extraction benchmark format (sentence, span, sub_span, label; label an ESCO preferred label, or
 * LABEL NOT PRESENT / UNDERSPECIFIED). Reports R-Precision@K = (gold labels in the top K) / min(K, gold labels),
 * averaged over sentences with at least one gold label.
 */
public final class SkillExtractionBenchmark {
    private static final Set<String> NO_LABEL = Set.of("LABEL NOT PRESENT", "UNDERSPECIFIED");

    /** A sentence and its gold ESCO preferred labels (lower case). */
    public record Sentence(String text, Set<String> gold) {
    }

    public record Result(int sentences, double rpAt5, double rpAt10, double seconds) {
        public double sentencesPerSecond() {
            return sentences / seconds;
        }
    }

    private SkillExtractionBenchmark() {
    }

    /** Sentences in file order, with their gold labels; a malformed line is OPES-SKL-003 with its line. */
    public static List<Sentence> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OpenPesException(ErrorCode.SKL_003, file, 0, "file is missing");
        }
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().skipEmptyLines(true)
                        .allowMissingFields(true).allowExtraFields(true).ofNamedCsvRecord(r)) {
            for (NamedCsvRecord row : csv) {
                long line = row.getStartingLineNumber();
                if (row.getFieldCount() != 4) {
                    throw new OpenPesException(ErrorCode.SKL_003, file, line,
                            "expected 4 fields (sentence, span, sub_span, label), got " + row.getFieldCount());
                }
                String sentence = row.getField("sentence");
                String label = row.getField("label").strip();
                if (sentence.isBlank() || label.isEmpty()) {
                    throw new OpenPesException(ErrorCode.SKL_003, file, line, "empty sentence or label");
                }
                Set<String> labels = gold.computeIfAbsent(sentence, s -> new LinkedHashSet<>());
                if (!NO_LABEL.contains(label)) {
                    labels.add(label.toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new OpenPesException(ErrorCode.SKL_003, file, 0, "cannot be read (" + e.getMessage() + ")");
        } catch (CsvParseException | IllegalArgumentException e) {
            throw new OpenPesException(ErrorCode.SKL_003, file, "-", e.getMessage());
        }
        List<Sentence> out = new ArrayList<>();
        gold.forEach((s, g) -> out.add(new Sentence(s, g)));
        return out;
    }

    public static Result run(SkillExtractor extractor, List<Sentence> sentences) {
        double rp5 = 0;
        double rp10 = 0;
        int n = 0;
        long t0 = System.nanoTime();
        for (Sentence s : sentences) {
            if (s.gold().isEmpty()) {
                continue;
            }
            n++;
            List<SkillMention> found = extractor.extract(s.text(), 10);
            rp5 += rPrecision(found, s.gold(), 5);
            rp10 += rPrecision(found, s.gold(), 10);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(n, n == 0 ? 0 : rp5 / n, n == 0 ? 0 : rp10 / n, seconds);
    }

    static double rPrecision(List<SkillMention> ranked, Set<String> gold, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (gold.contains(ranked.get(i).label().toLowerCase(java.util.Locale.ROOT))) {
                hits++;
            }
        }
        return (double) hits / Math.min(k, gold.size());
    }
}
