package org.openpes.skills.titles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory inverted index of TF-IDF vectors with per-channel cosine. A feature's channel is the character before
 * its ':' ("w" words, "g" n-grams); each channel of a vector is normalised on its own and the similarity is the
 * weighted sum of the channel cosines. Immutable after build; {@link #score} is thread-safe.
 */
final class SparseIndex {
    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final int[][] postingDocs;
    private final float[][] postingWeights;
    private final Map<Character, Float> channelWeights;
    private final int size;

    private SparseIndex(Map<String, Integer> vocabulary, float[] idf, int[][] docs, float[][] weights,
            Map<Character, Float> channelWeights, int size) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.postingDocs = docs;
        this.postingWeights = weights;
        this.channelWeights = channelWeights;
        this.size = size;
    }

    static SparseIndex build(List<Map<String, Float>> docs, Map<Character, Float> channelWeights) {
        Map<String, Integer> vocab = new HashMap<>();
        List<int[]> dfs = new ArrayList<>();
        for (Map<String, Float> d : docs) {
            for (String f : d.keySet()) {
                Integer id = vocab.computeIfAbsent(f, k -> vocab.size());
                if (id == dfs.size()) {
                    dfs.add(new int[1]);
                }
                dfs.get(id)[0]++;
            }
        }
        int n = docs.size();
        float[] idf = new float[vocab.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((n + 1.0) / (dfs.get(i)[0] + 1.0)) + 1.0);
        }
        int[][] pd = new int[idf.length][];
        float[][] pw = new float[idf.length][];
        int[] fill = new int[idf.length];
        for (int i = 0; i < idf.length; i++) {
            pd[i] = new int[dfs.get(i)[0]];
            pw[i] = new float[dfs.get(i)[0]];
        }
        SparseIndex shell = new SparseIndex(vocab, idf, pd, pw, channelWeights, n);
        for (int doc = 0; doc < n; doc++) {
            Map<Integer, Float> v = shell.vector(docs.get(doc), false);
            for (Map.Entry<Integer, Float> e : v.entrySet()) {
                int t = e.getKey();
                pd[t][fill[t]] = doc;
                pw[t][fill[t]++] = e.getValue();
            }
        }
        return shell;
    }

    int size() {
        return size;
    }

    /** Adds the similarity of {@code features} to every document into {@code acc} (length {@link #size()}). */
    void score(Map<String, Float> features, float[] acc) {
        for (Map.Entry<Integer, Float> e : vector(features, true).entrySet()) {
            int t = e.getKey();

            float q = e.getValue();
            int[] d = postingDocs[t];
            float[] w = postingWeights[t];
            for (int i = 0; i < d.length; i++) {
                acc[d[i]] += q * w[i];
            }
        }
    }

    /** The weighted vector of known features; a query's channels are scaled by their weights. */
    private Map<Integer, Float> vector(Map<String, Float> features, boolean query) {
        Map<Integer, Float> v = new HashMap<>(features.size() * 2);
        Map<Character, Double> norms = new HashMap<>(4);
        for (Map.Entry<String, Float> e : features.entrySet()) {
            Integer t = vocabulary.get(e.getKey());
            if (t == null) {
                continue;
            }
            float w = (float) (1 + Math.log(e.getValue())) * idf[t];
            v.put(t, w);
            norms.merge(e.getKey().charAt(0), (double) w * w, Double::sum);
        }
        Map<Character, Float> scale = new HashMap<>(4);
        norms.forEach((ch, sq) -> scale.put(ch, (float) ((query ? channelWeights.getOrDefault(ch, 0f) : 1f)
                / Math.sqrt(sq))));
        Map<Integer, Float> out = new HashMap<>(v.size() * 2);
        for (Map.Entry<String, Float> e : features.entrySet()) {
            Integer t = vocabulary.get(e.getKey());
            if (t != null) {
                out.put(t, v.get(t) * scale.get(e.getKey().charAt(0)));
            }
        }
        return out;
    }
}
