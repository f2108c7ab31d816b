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

    /** Secondary suppression within one measure's table. */
    static List<Cell> secondary(List<Cell> table, int dimensions) {
        List<Cell> cells = new ArrayList<>(table);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int d = 0; d < dimensions; d++) {
                Map<List<String>, List<Integer>> lines = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    List<String> lineKey = new ArrayList<>(cells.get(i).key());
                    lineKey.set(d, "\u0000");
                    lines.computeIfAbsent(lineKey, x -> new ArrayList<>()).add(i);
                }
                for (List<Integer> line : lines.values()) {
                    long suppressed = line.stream().filter(i -> cells.get(i).suppressed()).count();
                    if (suppressed != 1 || line.size() < 2) {
                        continue;
                    }
                    int smallest = line.stream().filter(i -> !cells.get(i).suppressed())
                            .min(Comparator.comparingLong((Integer i) -> Math.abs(cells.get(i).value()))
                                    .thenComparing(i -> cells.get(i).key().toString()))
                            .orElseThrow();
                    cells.set(smallest, cells.get(smallest).suppress());
                    changed = true;
                }
            }
        }
        return cells;
    }
}
