package org.openpes.skills.melo;

import java.io.IOException;
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
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.skills.titles.Label;

/**
 * A MELO-format folder: {@code queries.tsv} (id, text), {@code corpus_elements.tsv} (id, text),
 * {@code concept_mapping.tsv} (corpus id, ESCO URI) and {@code annotations.tsv} (query id, 0, corpus id, relevance,
 * the trec qrels layout). Every malformed line is refused with OPES-SKL-003 naming the file and the line.
 */
public record MeloDataset(Map<String, String> queries, List<Label> corpus, Map<String, Set<String>> relevant) {

    public static MeloDataset load(Path dir) {
        Map<String, String> queries = pairs(dir.resolve("queries.tsv"), 2);
        Map<String, String> corpusText = pairs(dir.resolve("corpus_elements.tsv"), 2);
        Map<String, String> concepts = pairs(dir.resolve("concept_mapping.tsv"), 2);
        List<Label> corpus = new ArrayList<>(corpusText.size());
        for (Map.Entry<String, String> e : corpusText.entrySet()) {
            String uri = concepts.get(e.getKey());
            if (uri == null) {
                throw new OpenPesException(ErrorCode.SKL_003, dir.resolve("concept_mapping.tsv"), "-",
                        "corpus element " + e.getKey() + " has no concept");
            }
            corpus.add(new Label(e.getKey(), uri, e.getValue()));
        }
        Path qrels = dir.resolve("annotations.tsv");
        Map<String, Set<String>> relevant = new HashMap<>();
        int lineNo = 0;
        for (String line : lines(qrels)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw bad(qrels, lineNo, "expected 4 tab-separated fields (query, 0, corpus id, relevance), got "
                        + f.length);
            }
            if (!queries.containsKey(f[0])) {
                throw bad(qrels, lineNo, "unknown query id '" + f[0] + "'");
            }
            if (!corpusText.containsKey(f[2])) {
                throw bad(qrels, lineNo, "unknown corpus id '" + f[2] + "'");
            }
            int rel;
            try {
                rel = Integer.parseInt(f[3].strip());
            } catch (NumberFormatException e) {
                throw bad(qrels, lineNo, "relevance '" + f[3] + "' is not an integer");
            }
            if (rel > 0) {
                relevant.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
            }
        }
        return new MeloDataset(queries, corpus, relevant);
    }

    private static Map<String, String> pairs(Path file, int fields) {
        Map<String, String> out = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : lines(file)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != fields) {
                throw bad(file, lineNo, "expected " + fields + " tab-separated fields, got " + f.length);
            }
            if (f[0].isBlank() || f[1].isBlank()) {
                throw bad(file, lineNo, "empty " + (f[0].isBlank() ? "id" : "text"));
            }
            if (out.putIfAbsent(f[0], f[1]) != null) {
                throw bad(file, lineNo, "duplicate id '" + f[0] + "'");
            }
        }
        if (out.isEmpty()) {
            throw bad(file, 0, "file is empty");
        }
        return out;
    }

    private static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw bad(file, 0, "file is missing");
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw bad(file, 0, "cannot be read as UTF-8 (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static OpenPesException bad(Path file, int line, String what) {
        return new OpenPesException(ErrorCode.SKL_003, file, line, what);
    }
}
