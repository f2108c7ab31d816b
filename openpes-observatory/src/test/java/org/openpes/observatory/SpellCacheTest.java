package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;

/**
 * The spells of a store are built once for each set of committed batches, kept in {@code spells/}, and reused; a new
 * batch, a damaged file or a store where nothing can be written never gives wrong counts.
 */
class SpellCacheTest {
    static final ReferenceData REF = ReferenceData.load();

    @TempDir
    Path tmp;

    /** Anna and Bruno are hired in January 2023; Anna leaves on 31 March. */
    private CoFixture january(CoFixture f) {
        String anna = CoFixture.worker("NNAAAA");
        String bruno = CoFixture.worker("BRNBBB");
        return f.hired(anna, "2023-01-09", "2023-06-30").terminated(anna, "2023-01-09", "2023-06-30", "2023-03-31")
                .hired(bruno, "2023-01-16", "2023-12-31");
    }

    private static EventStore.Quarter firstQuarterOf2023(Path store) {
        try (EventStore s = EventStore.open(store, REF)) {
            return s.quarterly(2023, 2023).get(0);
        }
    }

    private static List<Path> spellFiles(Path store) throws Exception {
        try (Stream<Path> s = Files.list(store.resolve("spells"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("spells-")).toList();
        }
    }

    @Test
    void aSecondOpenReadsTheSpellsTheFirstOneKeptAndANewBatchGivesANewFile() throws Exception {
        Path store = tmp.resolve("store");
        CoFixture fixture = january(new CoFixture(REF));
        CoFixture.ingest(REF, fixture.write(tmp.resolve("january.csv")), store);

        EventStore.Quarter first = firstQuarterOf2023(store);
        assertThat(first.hires()).isEqualTo(2);
        assertThat(first.terminations()).isEqualTo(1);
        List<Path> kept = spellFiles(store);
        assertThat(kept).hasSize(1);
        FileTime written = Files.getLastModifiedTime(kept.get(0));

        assertThat(firstQuarterOf2023(store)).isEqualTo(first);
        assertThat(spellFiles(store)).isEqualTo(kept);
        assertThat(Files.getLastModifiedTime(kept.get(0))).as("not rebuilt").isEqualTo(written);

        // Carla is hired in February: the file sent again with one more row is a new batch.
        fixture.hired(CoFixture.worker("CRLCCC"), "2023-02-06", "2023-08-31");
        CoFixture.ingest(REF, fixture.write(tmp.resolve("january-and-february.csv")), store);
        EventStore.Quarter after = firstQuarterOf2023(store);
        assertThat(after.hires()).isEqualTo(3);
        assertThat(after.terminations()).isEqualTo(1);
        assertThat(spellFiles(store)).hasSize(1).doesNotContainAnyElementsOf(kept);
    }

    @Test
    void aDamagedSpellFileIsBuiltAgainNotRead() throws Exception {
        Path store = tmp.resolve("store");
        CoFixture.ingest(REF, january(new CoFixture(REF)).write(tmp.resolve("january.csv")), store);
        EventStore.Quarter good = firstQuarterOf2023(store);
        Path file = spellFiles(store).get(0);

        Files.writeString(file, "this is not a DuckDB database\n");
        assertThat(firstQuarterOf2023(store)).isEqualTo(good);

        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3)); // truncated
        assertThat(firstQuarterOf2023(store)).isEqualTo(good);
        assertThat(Files.size(file)).isEqualTo(bytes.length);
    }

    @Test
    void leftoversOfAKilledBuildAreNeverTakenForTheSpells() throws Exception {
        Path store = tmp.resolve("store");
        CoFixture.ingest(REF, january(new CoFixture(REF)).write(tmp.resolve("january.csv")), store);
        Path spells = Files.createDirectories(store.resolve("spells"));
        Path leftover = Files.writeString(spells.resolve(".building-000000000000000000000000-1.duckdb"), "half");
        Files.setLastModifiedTime(leftover, FileTime.fromMillis(System.currentTimeMillis() - 2 * 86_400_000L));

        assertThat(firstQuarterOf2023(store).hires()).isEqualTo(2);
        assertThat(leftover).as("removed once a day old").doesNotExist();
        assertThat(spellFiles(store)).hasSize(1);
    }

    @Test
    void aStoreWhereTheSpellsCannotBeKeptStillOpensWithTheRightCounts() throws Exception {
        Path store = tmp.resolve("store");
        CoFixture.ingest(REF, january(new CoFixture(REF)).write(tmp.resolve("january.csv")), store);
        Files.writeString(store.resolve("spells"), "a file where the directory should be");

        EventStore.Quarter q = firstQuarterOf2023(store);
        assertThat(q.hires()).isEqualTo(2);
        assertThat(q.terminations()).isEqualTo(1);
        assertThat(q.stockEnd()).isEqualTo(1);
    }
}
