package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.generator.GenerationResult;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.generator.labour.QuarterCounts;
import org.openpes.generator.output.Defect;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.indicators.Cell;
import org.openpes.observatory.indicators.Dimension;
import org.openpes.observatory.indicators.DisclosureControl;
import org.openpes.observatory.indicators.Measure;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;

/**
 * A generated region with injected defects goes through ingestion; the store's quarterly flows and stocks must equal
 * the generator's ground truth exactly, and every injected defect must be caught with the right code.
 */
class IngestAndQuarterlyTest {
    static final ReferenceData REF = ReferenceData.load();
    static final String KEY = "test-key-0123456789-abcdefghijklmnop";
    static GenerationResult region;
    static Path store;
    static IngestReport first;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void generateAndIngest() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("region"));
        Path flows = RealFlows.locate();
        region = new RegionGenerator(REF).generate(new GeneratorParams("03", 2017, 2024, 0.01, 11, out, 0.01,
                flows), (f, m) -> { });
        store = Files.createDirectories(tmp.resolve("store"));
        first = ingestor().ingest(coFiles(), (f, m) -> { });
    }

    static CoIngestor ingestor() {
        return new CoIngestor(() -> new CoRowValidator(REF, new Pseudonymiser(KEY)), store);
    }

    static List<Path> coFiles() throws Exception {
        try (Stream<Path> s = Files.list(region.params().out().resolve("co"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void everyInjectedDefectIsQuarantinedWithItsCodeAndDuplicatesAreDropped() {
        Map<Defect, Long> d = region.defects();
        Map<String, Long> q = first.quarantinedByCode();
        assertThat(q.get("OPES-CO-001")).isEqualTo(d.get(Defect.TRUNCATED));
        assertThat(q.get("OPES-CO-009")).isEqualTo(d.get(Defect.UNKNOWN_CONTRACT_TYPE));
        assertThat(q.get("OPES-CO-005")).isEqualTo(d.get(Defect.BAD_FISCAL_CODE));
        assertThat(q.get("OPES-CO-003")).isEqualTo(d.get(Defect.IMPOSSIBLE_DATE));
        assertThat(q.get("OPES-CO-014")).isEqualTo(d.get(Defect.END_BEFORE_START));
        assertThat(q).hasSize(5);
        assertThat(first.duplicates()).isEqualTo(d.get(Defect.DUPLICATE));
        assertThat(first.accepted()).isEqualTo(region.events());
    }

    @Test
    void quarterlyFlowsAndStocksEqualTheGroundTruthExactly() {
        try (EventStore s = EventStore.open(store, REF)) {
            List<EventStore.Quarter> quarters = s.quarterly(2017, 2024);
            assertThat(quarters).hasSize(32);
            for (int i = 0; i < 32; i++) {
                QuarterCounts truth = region.quarters().get(i);
                EventStore.Quarter got = quarters.get(i);
                assertThat(got.quarter()).isEqualTo(truth.quarter());
                assertThat(got.hires()).as(got.quarter() + " hires").isEqualTo(truth.hires());
                assertThat(got.hireWorkers()).as(got.quarter() + " hired workers").isEqualTo(truth.hireWorkers());
                assertThat(got.terminations()).as(got.quarter() + " terminations").isEqualTo(truth.terminations());
                assertThat(got.terminationWorkers()).as(got.quarter() + " terminated workers")
                        .isEqualTo(truth.terminationWorkers());
                assertThat(got.stockEnd()).as(got.quarter() + " stock").isEqualTo(truth.stockEnd());
            }
        }
    }

    @Test
    void qwiMeasuresSatisfyBothIdentitiesAndMatchTheTruth() {
        try (EventStore s = EventStore.open(store, REF)) {
            List<EventStore.Qwi> qwi = s.qwi(2017, 2024);
            assertThat(qwi).hasSize(32);
            long previousEnd = region.initialStock();
            for (int i = 0; i < 32; i++) {
                EventStore.Qwi q = qwi.get(i);
                QuarterCounts truth = region.quarters().get(i);
                assertThat(q.beginning()).as(q.quarter()).isEqualTo(previousEnd);
                assertThat(q.end()).as(q.quarter() + ": E = B + H - S")
                        .isEqualTo(q.beginning() + q.hires() - q.separations());
                assertThat(q.hires() - q.separations()).as(q.quarter() + ": H - S = JC - JD")
                        .isEqualTo(q.jobCreation() - q.jobDestruction());
                assertThat(q.end()).isEqualTo(truth.stockEnd());
                assertThat(q.hires()).isEqualTo(truth.hires());
                assertThat(q.separations()).isEqualTo(truth.terminations());
                assertThat(q.fullQuarter()).isLessThanOrEqualTo(Math.min(q.beginning(), q.end()));
                assertThat(q.jobCreation()).isPositive();
                assertThat(q.turnoverRate()).isBetween(0.0, 2.0);
                previousEnd = q.end();
            }
        }
    }

    @Test
    void qwiMeasuresBySectorHoldBothIdentitiesInEveryCellAndAddUpToTheRegion() {
        try (EventStore s = EventStore.open(store, REF)) {
            var q = new org.openpes.observatory.indicators.IndicatorQuery(List.of(Measure.BEGINNING, Measure.STOCK,
                    Measure.HIRES, Measure.TERMINATIONS, Measure.FULL_QUARTER, Measure.JOB_CREATION,
                    Measure.JOB_DESTRUCTION), List.of(Dimension.QUARTER, Dimension.SECTION), Map.of(),
                    java.time.YearMonth.of(2017, 1), java.time.YearMonth.of(2024, 12), 1);
            List<Cell> cells = new org.openpes.observatory.indicators.DuckDbIndicatorEngine(s.connection()).compute(q);
            Map<List<String>, Map<Measure, Long>> byCell = new java.util.HashMap<>();
            cells.forEach(c -> byCell.computeIfAbsent(c.key(), x -> new java.util.EnumMap<>(Measure.class))
                    .put(c.measure(), c.value()));
            assertThat(byCell).hasSizeGreaterThan(32 * 10);
            Map<String, long[]> region = new java.util.TreeMap<>();
            byCell.forEach((key, m) -> {
                long b = m.getOrDefault(Measure.BEGINNING, 0L);
                long e = m.getOrDefault(Measure.STOCK, 0L);
                long h = m.getOrDefault(Measure.HIRES, 0L);
                long t = m.getOrDefault(Measure.TERMINATIONS, 0L);
                long jc = m.getOrDefault(Measure.JOB_CREATION, 0L);
                long jd = m.getOrDefault(Measure.JOB_DESTRUCTION, 0L);
                assertThat(e).as(key + ": E = B + H - S").isEqualTo(b + h - t);
                assertThat(h - t).as(key + ": H - S = JC - JD").isEqualTo(jc - jd);
                assertThat(m.getOrDefault(Measure.FULL_QUARTER, 0L)).as(key + ": F <= min(B, E)")
                        .isLessThanOrEqualTo(Math.min(b, e));
                long[] sum = region.computeIfAbsent(key.get(0), x -> new long[4]);
                sum[0] += b;
                sum[1] += m.getOrDefault(Measure.FULL_QUARTER, 0L);
                sum[2] += jc;
                sum[3] += jd;
            });
            // Disclosure bases: distinct workers at the quarter's start (B) and through it (F), counted directly.
            Map<String, long[]> direct = new java.util.HashMap<>();
            try (var st = s.connection().createStatement(); var rs = st.executeQuery("select section, "
                    + "count(distinct case when start_date < date '2024-01-01' and (end_date is null or end_date >= "
                    + "date '2024-01-01') then worker_id end), count(distinct case when start_date < date '2024-01-01'"
                    + " and (end_date is null or end_date > date '2024-03-31') then worker_id end) from spell_ends "
                    + "group by section")) {
                while (rs.next()) {
                    direct.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            List<Cell> q1 = cells.stream().filter(c -> c.key().get(0).equals("2024-Q1")).toList();
            assertThat(q1).filteredOn(c -> c.measure() == Measure.BEGINNING).hasSizeGreaterThan(10)
                    .allSatisfy(c -> assertThat(c.workers()).as(c.key() + " workers of B")
                            .isEqualTo(direct.get(c.key().get(1))[0]));
            assertThat(q1).filteredOn(c -> c.measure() == Measure.FULL_QUARTER).hasSizeGreaterThan(10)
                    .allSatisfy(c -> assertThat(c.workers()).as(c.key() + " workers of F")
                            .isEqualTo(direct.get(c.key().get(1))[1]));
            List<EventStore.Qwi> whole = s.qwi(2017, 2024);
            assertThat(region).hasSize(32);
            for (EventStore.Qwi w : whole) {
                long[] sum = region.get(w.quarter());
                assertThat(sum[0]).as(w.quarter() + " B").isEqualTo(w.beginning());
                assertThat(sum[1]).as(w.quarter() + " F").isEqualTo(w.fullQuarter());
                // Each employer is in one section, so its job creation and destruction fall in one cell.
                assertThat(sum[2]).as(w.quarter() + " JC").isEqualTo(w.jobCreation());
                assertThat(sum[3]).as(w.quarter() + " JD").isEqualTo(w.jobDestruction());
            }
        }
    }

    @Test
    void qwiMeasuresAskForQuarterlyBreakdowns() {
        var from = java.time.YearMonth.of(2024, 1);
        assertThatThrownBy(() -> new org.openpes.observatory.indicators.IndicatorQuery(List.of(Measure.JOB_CREATION),
                List.of(Dimension.PROVINCE), Map.of(), from, from, 3))
                .hasMessageContaining("by").hasMessageContaining("job_creation")
                .hasMessageContaining("need quarter among the breakdowns");
        assertThatThrownBy(() -> new org.openpes.observatory.indicators.IndicatorQuery(List.of(Measure.BEGINNING),
                List.of(Dimension.QUARTER, Dimension.MONTH), Map.of(), from, from, 3))
                .hasMessageContaining("month and year can neither");
    }

    @Test
    void ingestingTheSameFilesAgainChangesNothing() throws Exception {
        IngestReport again = ingestor().ingest(coFiles(), (f, m) -> { });
        assertThat(again.batchesIngested()).isZero();
        assertThat(again.batchesAlreadyPresent()).isEqualTo(coFiles().size());
        try (EventStore s = EventStore.open(store, REF)) {
            assertThat(s.quarterly(2024, 2024).get(3).stockEnd()).isEqualTo(region.quarters().get(31).stockEnd());
        }
    }

    @Test
    void quarantinedRowsNameTheirFileRowAndFieldWithoutFiscalCodes() {
        List<Map<String, Object>> rows = CoIngestor.quarantine(store, 100_000);
        assertThat(rows).hasSize((int) first.quarantined());
        for (Map<String, Object> r : rows) {
            assertThat((String) r.get("message")).matches("OPES-CO-\\d{3}: events_.*\\.csv row \\d+.*");
            assertThat((String) r.get("raw")).doesNotContainPattern("[A-Z]{6}\\d{2}[A-EHLMPRST]\\d{2}[A-Z]\\d{3}[A-Z]");
        }
    }

    @Test
    void theIndicatorEngineReproducesTheTruthAndBreakdownsAddUp() {
        try (EventStore s = EventStore.open(store, REF)) {
            var engine = new org.openpes.observatory.indicators.DuckDbIndicatorEngine(s.connection());
            var byQuarter = new org.openpes.observatory.indicators.IndicatorQuery(
                    List.of(Measure.HIRES, Measure.TERMINATIONS, Measure.NET, Measure.STOCK),
                    List.of(Dimension.QUARTER), Map.of(), java.time.YearMonth.of(2017, 1),
                    java.time.YearMonth.of(2024, 12), 3);
            Map<String, Map<Measure, Long>> cells = new java.util.HashMap<>();
            engine.compute(byQuarter).forEach(c -> cells.computeIfAbsent(c.key().get(0), x -> new java.util.EnumMap<>(
                    Measure.class)).put(c.measure(), c.value()));
            for (QuarterCounts q : region.quarters()) {
                Map<Measure, Long> m = cells.get(q.quarter());
                assertThat(m.get(Measure.HIRES)).as(q.quarter()).isEqualTo(q.hires());
                assertThat(m.get(Measure.TERMINATIONS)).as(q.quarter()).isEqualTo(q.terminations());
                assertThat(m.get(Measure.NET)).as(q.quarter()).isEqualTo(q.hires() - q.terminations());
                assertThat(m.get(Measure.STOCK)).as(q.quarter()).isEqualTo(q.stockEnd());
            }
            var byProvince = new org.openpes.observatory.indicators.IndicatorQuery(List.of(Measure.HIRES),
                    List.of(Dimension.PROVINCE, Dimension.QUARTER), Map.of(), java.time.YearMonth.of(2024, 1),
                    java.time.YearMonth.of(2024, 12), 3);
            long sum2024Q4 = engine.compute(byProvince).stream().filter(c -> c.key().get(1).equals("2024-Q4"))
                    .mapToLong(Cell::value).sum();
            assertThat(sum2024Q4).isEqualTo(region.quarters().get(31).hires());
            var manufacturing = new org.openpes.observatory.indicators.IndicatorQuery(List.of(Measure.HIRES),
                    List.of(Dimension.QUARTER), Map.of(Dimension.SECTION, "C"), java.time.YearMonth.of(2024, 10),
                    java.time.YearMonth.of(2024, 12), 3);
            long c = engine.compute(manufacturing).get(0).value();
            assertThat(c).isPositive().isLessThan(sum2024Q4);
        }
    }

    /** CPI, region and NUTS-3 come from the workplace comune; ISCO-08 from the CP2011 code, through the crosswalk. */
    @Test
    void territoryAndOccupationBreakdownsLookedUpFromTheReferenceDataAddUpToTheRegion() {
        try (EventStore s = EventStore.open(store, REF)) {
            var engine = new org.openpes.observatory.indicators.DuckDbIndicatorEngine(s.connection());
            long truth = region.quarters().get(31).hires();
            for (Dimension d : List.of(Dimension.CPI, Dimension.REGION, Dimension.NUTS3, Dimension.CP2011_3,
                    Dimension.CP2011_4, Dimension.ISCO_1, Dimension.ISCO_4)) {
                var q = new org.openpes.observatory.indicators.IndicatorQuery(List.of(Measure.HIRES), List.of(d),
                        Map.of(), java.time.YearMonth.of(2024, 10), java.time.YearMonth.of(2024, 12), 1);
                List<Cell> cells = engine.compute(q);
                assertThat(cells.stream().mapToLong(Cell::value).sum()).as(d.label()).isEqualTo(truth);
                java.util.Set<String> keys = cells.stream().map(c -> c.key().get(0))
                        .collect(java.util.stream.Collectors.toSet());
                switch (d) {
                    case REGION -> assertThat(keys).containsExactly("03");
                    case NUTS3 -> assertThat(keys).allMatch(k -> k.startsWith("ITC4")).hasSizeGreaterThan(5);
                    case CPI -> assertThat(keys).doesNotContainNull().allMatch(k -> REF.territories().cpi(k)
                            .isPresent()).hasSizeGreaterThan(40);
                    case CP2011_4 -> assertThat(keys).allMatch(k -> k.matches("\\d\\.\\d\\.\\d\\.\\d"));
                    case ISCO_4 -> assertThat(keys).filteredOn(java.util.Objects::nonNull)
                            .allMatch(k -> k.matches("\\d{4}")).hasSizeGreaterThan(20);
                    default -> assertThat(keys).isNotEmpty();
                }
            }
        }
    }

    @Test
    void publishedTablesHideSmallCellsAndTheirLineTotalsCannotRevealThem() {
        try (EventStore s = EventStore.open(store, REF)) {
            var engine = new org.openpes.observatory.indicators.DuckDbIndicatorEngine(s.connection());
            var q = new org.openpes.observatory.indicators.IndicatorQuery(List.of(Measure.HIRES),
                    List.of(Dimension.PROVINCE, Dimension.CONTRACT), Map.of(), java.time.YearMonth.of(2024, 10),
                    java.time.YearMonth.of(2024, 12), 10);
            List<Cell> published = DisclosureControl.apply(engine.compute(q), 2, q.k());
            assertThat(published).anyMatch(Cell::suppressed);
            assertThat(published).filteredOn(Cell::suppressed).allMatch(cell -> cell.workers() >= 0);
            assertThat(published).filteredOn(cell -> cell.workers() < q.k()).allMatch(Cell::suppressed);
            for (int dim = 0; dim < 2; dim++) {
                int d = dim;
                var lines = published.stream().collect(java.util.stream.Collectors.groupingBy(
                        cell -> cell.key().get(1 - d)));
                for (List<Cell> line : lines.values()) {
                    if (line.size() > 1) {
                        assertThat(line.stream().filter(Cell::suppressed).count()).isNotEqualTo(1);
                    }
                }
            }
            String csv = new org.openpes.observatory.indicators.IndicatorTable(q.by(), published).csv();
            assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("province,contract,measure,value,suppressed");
            assertThat(csv).contains(",hires,,true");
        }
    }

    @Test
    void aMissingKeyOrStoreIsAClearError() {
        assertThatThrownBy(() -> new Pseudonymiser("short")).hasMessageStartingWith("OPES-CO-035");
        assertThatThrownBy(() -> EventStore.open(store.resolve("nope"), REF))
                .hasMessageStartingWith("OPES-CO-034");
    }
}
