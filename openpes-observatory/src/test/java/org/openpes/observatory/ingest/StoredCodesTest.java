package org.openpes.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.PartitaIva;
import org.openpes.core.identity.Sex;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.ateco.AtecoActivity;
import org.openpes.reference.co.ContractGroup;
import org.openpes.reference.co.ContractType;
import org.openpes.reference.co.TransformationType;

/**
 * The ENUM types the batches are written with hold every value the rules can accept: each comune, ATECO code of
 * either version, CP2011 occupation and CO code of the reference data is put in a hire (or its termination or
 * transformation) by a worker of each age class, sex and citizenship group, and every accepted event's coded columns
 * must be among the {@link StoredCodes}. Should they ever lag behind, the batch is still written whole, as plain
 * strings.
 */
class StoredCodesTest {
    static final ReferenceData REF = ReferenceData.load();
    static final CoRowValidator RULES = new CoRowValidator(REF, new Pseudonymiser("stored-codes-test-key-0123456789"));
    static final String EMPLOYER = PartitaIva.withCheckDigit("1234567890").value();
    static final String RESTAURANT = REF.ateco().tree2007().stream()
            .filter(a -> a.level() == 6 && a.code().startsWith("56.10")).findFirst().orElseThrow().code();
    static final String COOK = REF.cp2011().occupations().stream().filter(o -> o.code().startsWith("5.2.2"))
            .findFirst().orElseThrow().code();

    /** The coded columns of an accepted event, by the event table's names. */
    static final Map<String, Function<AcceptedEvent, String>> COLUMNS = Map.ofEntries(
            Map.entry("event_type", AcceptedEvent::eventType), Map.entry("kind", AcceptedEvent::kind),
            Map.entry("sex", AcceptedEvent::sex), Map.entry("age_class", AcceptedEvent::ageClass),
            Map.entry("citizenship_group", AcceptedEvent::citizenshipGroup), Map.entry("ateco", AcceptedEvent::ateco),
            Map.entry("ateco2025", AcceptedEvent::ateco2025), Map.entry("section", AcceptedEvent::section),
            Map.entry("workplace_comune", AcceptedEvent::workplaceComune),
            Map.entry("residence_comune", AcceptedEvent::residenceComune),
            Map.entry("province", AcceptedEvent::province), Map.entry("contract_type", AcceptedEvent::contractType),
            Map.entry("contract_group", AcceptedEvent::contractGroup),
            Map.entry("working_time", AcceptedEvent::workingTime), Map.entry("cp2011", AcceptedEvent::cp2011),
            Map.entry("transformation_code", AcceptedEvent::transformationCode),
            Map.entry("termination_reason", AcceptedEvent::terminationReason));

    /** A row of the CO layout, set field by field: a fixed-term cook hired in Milano on 2 January 2023. */
    static final class Row {
        final String[] f = {"CO000000000001", "HIRE", "ORDINARY", "", "2023-01-02", "UL", EMPLOYER, RESTAURANT, "2007",
            "015146", worker(1990, Sex.M), "M", "1990-05-10", "IT", "015146", "3", "2023-01-02", "2023-06-30",
            "A.02.00", "F", "40", COOK, "SYN-I", "2023-01-02", "", "", ""};

        Row set(int i, String v) {
            f[i] = v;
            return this;
        }

        Row bornIn(int year, Sex sex) {
            return set(10, worker(year, sex)).set(11, sex.name()).set(12, year + "-05-10");
        }

        Row on(String day) {
            return set(4, day).set(16, day).set(23, day);
        }
    }

    static String worker(int year, Sex sex) {
        return FiscalCode.compose("RSSMRA", LocalDate.of(year, 5, 10), sex, "F205").value();
    }

    @Test
    void everyValueTheRulesAcceptIsAmongTheStoredCodes() {
        StoredCodes codes = RULES.storedCodes();
        assertThat(codes.byColumn().keySet()).containsExactlyInAnyOrderElementsOf(COLUMNS.keySet());
        List<Row> rows = new ArrayList<>();
        for (AtecoActivity a : REF.ateco().tree2007()) {
            rows.add(new Row().set(7, a.code()));
        }
        for (AtecoActivity a : REF.ateco().tree2025()) {
            rows.add(new Row().on("2025-03-03").set(17, "2025-06-30").set(7, a.code()).set(8, "2025"));
        }
        REF.territories().comuni().forEach(c -> rows.add(new Row().set(9, c.code()).set(14, c.code())));
        REF.cp2011().occupations().forEach(o -> rows.add(new Row().set(21, o.code())));
        REF.coCodes().workingTimes().forEach(w -> rows.add(new Row().set(19, w.code())));
        for (ContractType c : REF.coCodes().contractTypes()) {
            rows.add(new Row().set(18, c.code()).set(17, c.forbidsEndDate() ? "" : "2023-06-30"));
        }
        for (int year : new int[] {1950, 1960, 1970, 1985, 1991, 1995, 2005}) {
            for (Sex sex : Sex.values()) {
                Stream.of("IT", "FR", "MA").forEach(country -> rows.add(new Row().bornIn(year, sex).set(13, country)));
            }
        }
        REF.coCodes().terminationReasons().forEach(r -> rows.add(new Row().set(1, "TERMINATION")
                .set(23, "2023-03-31").set(26, r.code())));
        for (TransformationType t : REF.coCodes().transformationTypes()) {
            for (ContractType c : REF.coCodes().contractTypes()) {
                if (t.appliesTo(c.group()) && !c.forbidsEndDate()) {
                    rows.add(new Row().set(1, "TRANSFORMATION").set(18, c.code()).set(23, "2023-03-31")
                            .set(25, t.code()));
                }
            }
        }
        Stream.of("CORRECTION", "ANNULMENT").forEach(k -> rows.add(new Row().set(2, k).set(3, "CO000000000009")));
        List<AcceptedEvent> accepted = new ArrayList<>();
        for (Row r : rows) {
            if (RULES.validate("codes.csv", 2, r.f) instanceof AcceptedEvent e) {
                accepted.add(e);
            }
        }
        // Nearly every row is a valid event (a few ATECO codes have no 2025 counterpart, a few contracts need more).
        assertThat(accepted.size()).isGreaterThan(rows.size() * 9 / 10).isGreaterThan(15_000);
        COLUMNS.forEach((column, value) -> {
            List<String> seen = accepted.stream().map(value).filter(v -> !v.isEmpty()).distinct().toList();
            assertThat(seen).as(column).isNotEmpty();
            assertThat(codes.byColumn().get(column)).as(column).containsAll(seen);
        });
        assertThat(accepted.stream().map(AcceptedEvent::ageClass).distinct()).hasSize(7);
        assertThat(accepted.stream().map(AcceptedEvent::contractGroup).distinct())
                .hasSize(ContractGroup.values().length);
    }

    @Test
    void aBatchIsWrittenWholeWithOrWithoutTheEnumTypes(@TempDir Path tmp) throws Exception {
        List<EventLine> lines = new ArrayList<>();
        int id = 1;
        for (int year : new int[] {1960, 1990, 2000}) {
            for (Sex sex : Sex.values()) {
                Row r = new Row().bornIn(year, sex).set(0, String.format("CO%012d", id++));
                lines.add(new EventLine().of((AcceptedEvent) RULES.validate("codes.csv", id, r.f)));
            }
        }
        StoredCodes lacking = RULES.storedCodes().without("sex", "F"); // as if the codes lagged behind the rules
        assertThat(write(tmp.resolve("full"), RULES.storedCodes(), lines)).isZero();
        assertThat(write(tmp.resolve("lacking"), lacking, lines)).isEqualTo(1);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (String dir : List.of("full", "lacking")) {
                try (ResultSet rs = st.executeQuery("select count(*), count(distinct sex), min(typeof(sex)) from '"
                        + tmp.resolve(dir) + "/events/*/*/*.parquet'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(dir).isEqualTo(lines.size());
                    assertThat(rs.getLong(2)).as(dir).isEqualTo(2);
                    assertThat(rs.getString(3)).as(dir).isEqualTo("VARCHAR");
                }
            }
            try (ResultSet rs = st.executeQuery("select count(*) from (select * from '" + tmp.resolve("full")
                    + "/events/*/*/*.parquet' except all select * from '" + tmp.resolve("lacking")
                    + "/events/*/*/*.parquet')")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    /** Writes the lines as one batch and returns how many quarters were written as plain strings. */
    private static int write(Path staging, StoredCodes codes, List<EventLine> lines) throws Exception {
        Files.createDirectories(staging);
        try (BatchWriter out = new BatchWriter(staging, "batch", 1, codes)) {
            for (EventLine l : lines) {
                out.accept(l);
            }
            out.finish();
            return out.plainCopies;
        }
    }
}
