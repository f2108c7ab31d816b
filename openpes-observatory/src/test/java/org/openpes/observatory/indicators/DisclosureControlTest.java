package org.openpes.observatory.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    /** Hires by province (Bergamo 016, Sondrio 014, Lodi 098) and quarter; Sondrio's Q2 rests on 2 workers. */
    static List<Cell> hiresByProvinceAndQuarter() {
        return List.of(
                cell("016", "2024-Q1", 120, 100), cell("016", "2024-Q2", 130, 110),
                cell("014", "2024-Q1", 15, 12), cell("014", "2024-Q2", 2, 2),
                cell("098", "2024-Q1", 40, 35), cell("098", "2024-Q2", 44, 39));
    }

    static Cell cell(String province, String quarter, long hires, long workers) {
        return new Cell(List.of(province, quarter), Measure.HIRES, hires, workers, false);
    }

    @Test
    void aCellUnderKWorkersIsSuppressedAndSoIsOneMoreInEachOfItsLines() {
        List<Cell> out = DisclosureControl.apply(hiresByProvinceAndQuarter(), 2, 3);
        Map<List<String>, Boolean> suppressed = out.stream().collect(Collectors.toMap(Cell::key, Cell::suppressed));
        assertThat(suppressed.get(List.of("014", "2024-Q2"))).as("primary").isTrue();
        // Sondrio's line (its two quarters) and Q2's line (its three provinces) each need a second suppression.
        assertThat(suppressed.get(List.of("014", "2024-Q1"))).isTrue();
        assertThat(suppressed.get(List.of("098", "2024-Q2"))).isTrue();
        assertThat(suppressed.get(List.of("016", "2024-Q1"))).isFalse();
    }

    @Test
    void theSuppressedCellsCannotBeRecoveredFromTheLineTotals() {
        List<Cell> raw = hiresByProvinceAndQuarter();
        List<Cell> published = DisclosureControl.apply(raw, 2, 3);
        for (int dim = 0; dim < 2; dim++) {
            int d = dim;
            Map<String, List<Cell>> lines = published.stream().collect(Collectors.groupingBy(c -> c.key().get(1 - d)));
            for (List<Cell> line : lines.values()) {
                long hidden = line.stream().filter(Cell::suppressed).count();
                // An attacker knows the line total; with one hidden cell they would subtract, with two they cannot.
                assertThat(hidden).as("line " + line.get(0).key()).isNotEqualTo(1);
            }
        }
    }

    @Test
    void aTableWithEnoughWorkersEverywhereIsPublishedWhole() {
        assertThat(DisclosureControl.apply(hiresByProvinceAndQuarter(), 2, 2)).noneMatch(Cell::suppressed);
    }

    /**
     * Median days to re-employment: Sondrio's Q2 median rests on 2 workers and is hidden; a median has no line
     * total to subtract from, so its neighbours stay published, while the hires of the same cells still get their
     * secondary suppression (Sondrio's Q1, Lodi's Q2, then Lodi's Q1 for Lodi's line).
     */
    @Test
    void aMedianUnderKWorkersIsHiddenAloneSinceNoTotalCanGiveItBack() {
        List<Cell> medians = hiresByProvinceAndQuarter().stream()
                .map(c -> new Cell(c.key(), Measure.REEMPLOYMENT_MEDIAN_DAYS, c.value(), c.workers(), false)).toList();
        List<Cell> both = new java.util.ArrayList<>(medians);
        both.addAll(hiresByProvinceAndQuarter());
        List<Cell> out = DisclosureControl.apply(both, 2, 3);
        assertThat(out.stream().filter(c -> c.measure() == Measure.REEMPLOYMENT_MEDIAN_DAYS && c.suppressed())
                .map(Cell::key)).containsExactly(List.of("014", "2024-Q2"));
        assertThat(out.stream().filter(c -> c.measure() == Measure.HIRES && c.suppressed())).hasSize(4);
    }
}
