package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;

/**
 * kill -9 at several moments of an ingestion: no partial batch is ever visible, and running again completes the
 * work with exactly the result of an uninterrupted run.
 */
class KilledIngestionTest {
    static final String KEY = "test-key-0123456789-abcdefghijklmnop";

    @TempDir
    Path tmp;

    /** The child JVM's reference data, shared by its ingestion threads. */
    static final class REF_HOLDER {
        static ReferenceData ref;
    }

    /** Ingests the files given as arguments into the store given first (run in a child JVM). */
    public static void main(String[] args) {
        List<Path> files = Stream.of(args).skip(1).map(Path::of).toList();
        ReferenceData loaded = ReferenceData.load();
        REF_HOLDER.ref = loaded;
        new CoIngestor(() -> new CoRowValidator(REF_HOLDER.ref, new Pseudonymiser(KEY)), Path.of(args[0]))
                .ingest(files, (f, m) -> { });
    }

    @Test
    void aKilledRunLeavesNoPartialBatchAndARerunCompletesIt() throws Exception {
        Path region = tmp.resolve("region");
        Path flows = RealFlows.locate();
        ReferenceData ref = ReferenceData.load();
        new RegionGenerator(ref).generate(new GeneratorParams("03", 2022, 2024, 0.02, 9, region, 0, flows),
                (f, m) -> { });
        List<Path> files;
        try (Stream<Path> s = Files.list(region.resolve("co"))) {
            files = s.sorted().toList();
        }
        Path reference = tmp.resolve("reference-store");
        new CoIngestor(() -> new CoRowValidator(ref, new Pseudonymiser(KEY)), reference).ingest(files, (f, m) -> { });
        List<EventStore.Quarter> expected;
        try (EventStore s = EventStore.open(reference, ref)) {
            expected = s.quarterly(2022, 2024);
        }

        Path store = tmp.resolve("store");
        int interruptedInsideABatch = 0;
        // Each run is killed a little after a batch starts being written (staging is not empty), whatever the load
        // of the machine: at once, then 300 and 900 ms later.
        for (long killAfterMillis : new long[] {0, 300, 900}) {
            Process child = new ProcessBuilder(childCommand(store, files)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (child.isAlive() && !hasLeftovers(store.resolve(".staging")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(killAfterMillis);
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no cleanup
            assertEveryVisibleBatchIsComplete(store);
            if (hasLeftovers(store.resolve(".staging"))) {
                interruptedInsideABatch++;
            }
        }
        assertThat(interruptedInsideABatch).as("kills that hit a batch being written").isPositive();
        IngestReport rerun = new CoIngestor(() -> new CoRowValidator(ref, new Pseudonymiser(KEY)), store)
                .ingest(files, (f, m) -> { });
        assertThat(rerun.batchesIngested()).isPositive();
        assertThat(rerun.batchesIngested() + rerun.batchesAlreadyPresent()).isEqualTo(files.size());
        try (EventStore s = EventStore.open(store, ref)) {
            assertThat(s.quarterly(2022, 2024)).isEqualTo(expected);
        }
    }

    private static void assertEveryVisibleBatchIsComplete(Path store) throws Exception {
        Path batches = store.resolve("batches");
        if (!Files.isDirectory(batches)) {
            return;
        }
        try (Stream<Path> s = Files.list(batches)) {
            for (Path b : s.toList()) {
                assertThat(b.resolve("_SUCCESS")).as(b.toString()).exists();
                assertThat(b.resolve("quarantine.parquet")).exists();
            }
        }
    }

    private static boolean hasLeftovers(Path staging) throws Exception {
        if (!Files.isDirectory(staging)) {
            return false;
        }
        try (Stream<Path> s = Files.list(staging)) {
            return s.findAny().isPresent();
        }
    }

    private static List<String> childCommand(Path store, List<Path> files) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                KilledIngestionTest.class.getName(), store.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        return cmd;
    }

}
