package org.openpes.observatory.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Disclosure control on indicator tables. Primary: a cell based on fewer than {@code k} distinct workers is
 * suppressed. Secondary: in every line of the table (cells that differ in one breakdown only, whose total may be
 * published elsewhere), a single suppressed cell could be recovered by subtraction from the total, so the smallest
 * other cell of that line is suppressed too; this repeats until no line has exactly one suppressed cell. A net
 * balance is suppressed when the hires or the terminations of its cell are.
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
        for (List<Cell> table : byMeasure.values()) {
            out.addAll(secondary(table, dimensions));
        }
        return out;
    }

    /**
     * Secondary suppression within one measure's table. The lines are indexed once; they are then swept in a fixed
     * order (by breakdown, then by key), each line only while something in it changed, until no line has exactly
     * one suppressed cell. The result depends only on the cells, not on the order they come in.
     */
    static List<Cell> secondary(List<Cell> table, int dimensions) {
        List<Cell> cells = new ArrayList<>(table);
        List<int[]> lines = new ArrayList<>();
        int[][] lineOf = new int[dimensions][cells.size()];
        for (int d = 0; d < dimensions; d++) {
            Map<List<String>, List<Integer>> byKey = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                List<String> lineKey = new ArrayList<>(cells.get(i).key());
                lineKey.set(d, null);
                byKey.computeIfAbsent(lineKey, x -> new ArrayList<>()).add(i);
            }
            List<List<String>> keys = new ArrayList<>(byKey.keySet());
            keys.sort(KEY_ORDER);
            for (List<String> key : keys) {
                int[] members = byKey.get(key).stream().mapToInt(Integer::intValue).toArray();
                for (int i : members) {
                    lineOf[d][i] = lines.size();
                }
                lines.add(members);
            }
        }
        boolean[] dirty = new boolean[lines.size()];
        java.util.Arrays.fill(dirty, true);
        for (boolean again = true; again; ) {
            again = false;
            for (int l = 0; l < lines.size(); l++) {
                if (!dirty[l]) {
                    continue;
                }
                dirty[l] = false;
                int[] line = lines.get(l);
                int suppressed = 0;
                int smallest = -1;
                for (int i : line) {
                    Cell c = cells.get(i);
                    if (c.suppressed()) {
                        suppressed++;
                    } else if (smallest < 0 || SMALLEST_FIRST.compare(c, cells.get(smallest)) < 0) {
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

    private static final Comparator<Cell> SMALLEST_FIRST = Comparator.comparingLong((Cell c) -> Math.abs(c.value()))
            .thenComparing(c -> c.key().toString());

    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
