package org.openpes.skills.titles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Ranks occupation concepts for a free-text job title. Three steps, each documented in docs/skills.md:
 * <ol>
 * <li>every label gets the lexical similarity of the title (words and n-grams, {@link SparseIndex});</li>
 * <li>a concept scores the best of its labels, plus a little for each further label that also matches
 * ({@link Tuning#secondLabelWeight()}), because a concept named the same way in several forms is a safer answer;</li>
 * <li>the taxonomy smooths the scores: a concept gains part of its broader concept's score
 * ({@link Tuning#parentWeight()}) and of its best narrower concept's score ({@link Tuning#childWeight()}).</li>
 * </ol>
 * Labels are ranked concept by concept, so every form of the best concept comes first.
 */
public final class TitleNormaliser {

    private static final int[] NONE = new int[0];

    private final List<Label> labels;
    private final Tuning tuning;
    private final TitleEncoder encoder;
    private final SparseIndex index;
    private final String[] conceptUris;
    private final int[] conceptOfLabel;
    private final int[] firstLabel;
    private final int[] parentOf;
    private final int[][] childrenOf;

    private TitleNormaliser(List<Label> labels, Tuning tuning, TitleEncoder encoder, SparseIndex index, String[] conceptUris,
            int[] conceptOfLabel, int[] firstLabel, int[] parentOf, int[][] childrenOf) {
        this.labels = labels;
        this.tuning = tuning;
        this.encoder = encoder;
        this.index = index;
        this.conceptUris = conceptUris;
        this.conceptOfLabel = conceptOfLabel;
        this.firstLabel = firstLabel;
        this.parentOf = parentOf;
        this.childrenOf = childrenOf;
    }

    /**
     * Builds the index over {@code labels}. {@code broader} maps a concept URI to its broader concept's URI
     * (occupation to occupation or ISCO group, group to group); edges leaving the label set are ignored.
     */
    public static TitleNormaliser build(List<Label> labels, Map<String, String> broader, TitleEncoder encoder,
            Tuning tuning) {
        Map<String, Integer> conceptIds = new HashMap<>();
        for (Label l : labels) {
            conceptIds.computeIfAbsent(l.conceptUri(), k -> conceptIds.size());
        }
        // Labels are stored concept by concept, so a concept's labels are one contiguous range.
        List<Label> sorted = new ArrayList<>(labels);
        sorted.sort(java.util.Comparator.comparingInt(l -> conceptIds.get(l.conceptUri())));
        int[] conceptOfLabel = new int[sorted.size()];
        int[] firstLabel = new int[conceptIds.size() + 1];
        List<Map<String, Float>> docs = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            conceptOfLabel[i] = conceptIds.get(sorted.get(i).conceptUri());
            firstLabel[conceptOfLabel[i] + 1] = i + 1;
            docs.add(encoder.features(sorted.get(i).text()));
        }
        String[] uris = new String[conceptIds.size()];
        conceptIds.forEach((u, id) -> uris[id] = u);
        int[] parent = new int[uris.length];
        Arrays.fill(parent, -1);
        List<List<Integer>> children = new ArrayList<>();
        for (int c = 0; c < uris.length; c++) {
            children.add(new ArrayList<>());
        }
        for (int c = 0; c < uris.length; c++) {
            Integer p = conceptIds.get(broader.get(uris[c]));
            if (p != null && p != c) {
                parent[c] = p;
                children.get(p).add(c);
            }
        }
        int[][] childArr = new int[uris.length][];
        for (int c = 0; c < uris.length; c++) {
            childArr[c] = children.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        SparseIndex index = SparseIndex.build(docs, Map.of('w', tuning.wordWeight(), 'g', 1 - tuning.wordWeight()));
        return new TitleNormaliser(List.copyOf(sorted), tuning, encoder, index, uris, conceptOfLabel, firstLabel,
                parent, childArr);
    }

    public List<Label> labels() {
        return labels;
    }

    /** The {@code k} best concepts for {@code title}; an empty title is OPES-SKL-002. */
    public List<OccupationMatch> rank(String title, int k) {
        Scores s = score(title);
        long[] top = new long[Math.min(k, s.concept.length)];
        int filled = 0;
        for (int c = 0; c < s.concept.length; c++) {
            if (s.concept[c] <= 0) {
                continue;
            }
            long key = packDescending(s.concept[c], c);
            if (filled < top.length) {
                top[filled++] = key;
                if (filled == top.length) {
                    Arrays.sort(top);
                }
            } else if (top.length > 0 && key < top[top.length - 1]) {
                int pos = Arrays.binarySearch(top, key);
                pos = pos < 0 ? -pos - 1 : pos;
                System.arraycopy(top, pos, top, pos + 1, top.length - 1 - pos);
                top[pos] = key;
            }
        }
        if (filled < top.length) {
            Arrays.sort(top, 0, filled);
        }
        List<OccupationMatch> out = new ArrayList<>(filled);
        for (int i = 0; i < filled; i++) {
            int c = (int) top[i];
            out.add(new OccupationMatch(conceptUris[c], s.concept[c], labels.get(bestLabel(s, c)).text()));
        }
        return out;
    }

    /**
     * Every label index, ranked by a blend of its concept's score and its own similarity
     * ({@link Tuning#conceptWeight()}); at weight 1 every form of the best concept comes first, best form first.
     */
    public int[] rankLabels(String title) {
        Scores s = score(title);
        float cw = tuning.conceptWeight();
        long[] keys = new long[labels.size()];
        for (int i = 0; i < keys.length; i++) {
            double key = cw * s.concept[conceptOfLabel[i]] + (1 - cw) * s.label[i] + 1e-6 * s.label[i];
            keys[i] = packDescending((float) key, i);
        }
        Arrays.sort(keys);
        int[] out = new int[keys.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

    /** A key that sorts ascending by descending non-negative score, then by ascending index. */
    private static long packDescending(float score, int index) {
        long bits = Float.floatToIntBits(Math.max(0f, score));
        return ((Integer.MAX_VALUE - bits) << 32) | index;
    }

    private record Scores(float[] label, float[] concept) {
    }

    /** The index of concept {@code c}'s best-matching label. */
    private int bestLabel(Scores s, int c) {
        int best = firstLabel[c];
        for (int i = firstLabel[c] + 1; i < firstLabel[c + 1]; i++) {
            if (s.label[i] > s.label[best]) {
                best = i;
            }
        }
        return best;
    }

    private Scores score(String title) {
        if (title == null || title.isBlank()) {
            throw new OpenPesException(ErrorCode.SKL_002, "title");
        }
        float[] label = new float[labels.size()];
        index.score(encoder.features(title), label);
        int n = conceptUris.length;
        float[] own = new float[n];
        float secondWeight = tuning.secondLabelWeight();
        for (int c = 0; c < n; c++) {
            float best = 0;
            float second = 0;
            for (int i = firstLabel[c]; i < firstLabel[c + 1]; i++) { // branch-free: this loop runs over every label
                float v = label[i];
                float lo = v > best ? best : v;
                best = v > best ? v : best;
                second = lo > second ? lo : second;
            }
            own[c] = best + secondWeight * second;
        }
        float[] concept = new float[n];
        float childWeight = tuning.childWeight();
        for (int c = 0; c < n; c++) {
            float v = own[c];
            if (parentOf[c] >= 0) {
                v += tuning.parentWeight() * own[parentOf[c]];
            }
            float bestChild = 0;
            for (int ch : childWeight == 0 ? NONE : childrenOf[c]) {
                bestChild = Math.max(bestChild, own[ch]);
            }
            concept[c] = v + childWeight * bestChild;
        }
        return new Scores(label, concept);
    }
}
