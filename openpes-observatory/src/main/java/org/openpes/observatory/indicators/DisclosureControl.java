package org.openpes.observatory.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Disclosure control on indicator tables. Primary: a cell based on fewer than {@code k} distinct workers is
 * suppressed. Secondary: in every line of the table (cells that differ in one breakdown only, whose total may be
 * published elsewhere), a single suppressed cell could be recovered by subtraction from the total, so the smallest
 * other cell of that line is suppressed too; this repeats until no line has exactly one suppressed cell. A median
 * has no total to subtract from, so its cells are only suppressed by the primary rule. A net balance rests on the
 * smaller of the distinct workers of its hires and terminations.
 */
public final class DisclosureControl {
    private DisclosureControl() {
    }

    public static List<Cell> apply(List<Cell> cells, int dimensions, int k) {
        Map<Measure, List<Cell>> byMeasure = new HashMap<>();
        for (Cell c : cells) {
            byMeasure.computeIfAbsent(c.measure(), m -> new ArrayList<>())
                    .add(c.workers() < k ? c.suppress() : c);
        }
        List<Cell> out = new ArrayList<>();
        for (Map.Entry<Measure, List<Cell>> table : byMeasure.entrySet()) {
            out.addAll(table.getKey().additive() ? secondary(table.getValue(), dimensions) : table.getValue());
        }
        return out;
    }

    /**
     * Secondary suppression within one measure's table. Each coordinate is replaced by its rank among the values of
     * its breakdown (absent first, then in text order), and the lines are indexed once by the ranks of their other
     * coordinates; they are then swept in a fixed order (by breakdown, then by key), each line only while something in
     * it changed, until no line has exactly one suppressed cell. The smallest cell of a line is the one with the
     * smallest absolute value, ties going to the first in key order. The result depends only on the cells, not on the
     * order they come in.
     */
    static List<Cell> secondary(List<Cell> table, int dimensions) {
        List<Cell> cells = new ArrayList<>(table);
        int n = cells.size();
        int[][] rank = ranks(cells, dimensions);
        List<int[]> lines = new ArrayList<>();
        int[][] lineOf = new int[dimensions][n];
        for (int d = 0; d < dimensions; d++) {
            Map<String, Integer> ids = new HashMap<>();
            List<String> keys = new ArrayList<>();
            int[] id = new int[n];
            int[] size = new int[n];
            for (int i = 0; i < n; i++) {
                String key = coded(rank, i, d);
                Integer known = ids.putIfAbsent(key, keys.size());
                if (known == null) {
                    known = keys.size();
                    keys.add(key);
                }
                id[i] = known;
                size[known]++;
            }
            Integer[] byKey = new Integer[keys.size()];
            for (int k = 0; k < byKey.length; k++) {
                byKey[k] = k;
            }
            Arrays.sort(byKey, (a, b) -> keys.get(a).compareTo(keys.get(b)));
            int[] lineNumber = new int[keys.size()];
            int[][] members = new int[keys.size()][];
            for (int k : byKey) {
                lineNumber[k] = lines.size();
                members[k] = new int[size[k]];
                lines.add(members[k]);
            }
            int[] filled = new int[keys.size()];
            for (int i = 0; i < n; i++) {
                members[id[i]][filled[id[i]]++] = i;
                lineOf[d][i] = lineNumber[id[i]];
            }
        }
        boolean[] dirty = new boolean[lines.size()];
        Arrays.fill(dirty, true);
        for (boolean again = true; again; ) {
            again = false;
            for (int l = 0; l < lines.size(); l++) {
                if (!dirty[l]) {
                    continue;
                }
                dirty[l] = false;
                int suppressed = 0;
                int smallest = -1;
                for (int i : lines.get(l)) {
                    Cell c = cells.get(i);
                    if (c.suppressed()) {
                        suppressed++;
                    } else if (smallest < 0 || smaller(c, i, cells.get(smallest), smallest, rank)) {
                        smallest = i;
                    }
                }
                if (suppressed == 1 && smallest >= 0) {
                    cells.set(smallest, cells.get(smallest).suppress());
                    for (int d = 0; d < dimensions; d++) {
                        dirty[lineOf[d][smallest]] = true;
                    }
                    again = true;
                }
            }
        }
        return cells;
    }

    /** By absolute value, then by key order (the ranks, breakdown by breakdown). */
    private static boolean smaller(Cell a, int i, Cell b, int j, int[][] rank) {
        int c = Long.compare(Math.abs(a.value()), Math.abs(b.value()));
        for (int d = 0; c == 0 && d < rank.length; d++) {
            c = Integer.compare(rank[d][i], rank[d][j]);
        }
        return c < 0;
    }

    /** rank[d][i]: the rank of cell i's value of breakdown d among that breakdown's values (null first). */
    private static int[][] ranks(List<Cell> cells, int dimensions) {
        int[][] rank = new int[dimensions][cells.size()];
        for (int d = 0; d < dimensions; d++) {
            TreeMap<String, Integer> values = new TreeMap<>();
            boolean anyNull = false;
            for (Cell c : cells) {
                String v = c.key().get(d);
                if (v == null) {
                    anyNull = true;
                } else {
                    values.put(v, 0);
                }
            }
            int next = anyNull ? 1 : 0;
            for (Map.Entry<String, Integer> e : values.entrySet()) {
                e.setValue(next++);
            }
            for (int i = 0; i < cells.size(); i++) {
                String v = cells.get(i).key().get(d);
                rank[d][i] = v == null ? 0 : values.get(v);
            }
        }
        return rank;
    }

    /** Cell i's ranks as a string that sorts like its key (two chars a rank), leaving out breakdown {@code skip}. */
    private static String coded(int[][] rank, int i, int skip) {
        char[] out = new char[2 * rank.length];
        for (int d = 0; d < rank.length; d++) {
            int r = d == skip ? 0 : rank[d][i];
            out[2 * d] = (char) (r >>> 16);
            out[2 * d + 1] = (char) r;
        }
        return new String(out);
    }
}
