package org.openpes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoReference;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "co", mixinStandardHelpOptions = true,
        description = "Comunicazioni obbligatorie: ingest CO files into the analytics store, list the quarantine.",
        subcommands = {CoCommand.Ingest.class, CoCommand.Quarantine.class})
final class CoCommand {

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Check, pseudonymise and store CO events (CSV, docs/co-format.md). Each file is one batch: "
                    + "a file already ingested is skipped; a run stopped at any point leaves no partial batch.",
                "Bad rows go to quarantine with their code, message and (masked) text; the good rows are kept.",
                "The pseudonymisation key comes from OPENPES_PSEUDONYM_KEY (at least 32 characters).",
                "Example: ./openpes co ingest DIR/co/*.csv --store STORE"})
    static final class Ingest implements Callable<Integer> {
        @Parameters(arity = "1..*", description = "CO CSV files.")
        List<Path> files;

        @Option(names = "--store", required = true, description = "The analytics store directory.")
        Path store;

        @Override
        public Integer call() {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new OpenPesException(ErrorCode.CO_034, f, "no such file");
                }
            }
            String key = Configuration.current().pseudonymKey().orElse(null);
            new Pseudonymiser(key); // fails fast, before loading anything, when the key is missing
            CoReference codes = CoReference.of(ReferenceData.load()); // ESCO is not kept: the batches need the room
            Progress progress = new Progress("ingest");
            IngestReport r = new CoIngestor(() -> new CoRowValidator(codes, new Pseudonymiser(key)), store)
                    .ingest(files, progress::update);
            System.out.printf(Locale.ROOT, "rows read %,d, accepted %,d, quarantined %,d, exact duplicates dropped %,d;"
                    + " batches ingested %d, already present %d; %.1f s (%,.0f rows/s); peak memory %,d MB%n",
                    r.read(), r.accepted(), r.quarantined(), r.duplicates(), r.batchesIngested(),
                    r.batchesAlreadyPresent(), r.seconds(), r.read() / Math.max(1e-9, r.seconds()),
                    Memory.peakRssKb() / 1024);
            r.quarantinedByCode().forEach((code, n) -> System.out.printf(Locale.ROOT, "  quarantined %s: %,d%n",
                    code, n));
            return 0;
        }
    }

    @Command(name = "quarantine", mixinStandardHelpOptions = true,
            description = "List the quarantined rows of a store: code, message (file, row, field) and masked text.")
    static final class Quarantine implements Callable<Integer> {
        @Option(names = "--store", required = true, description = "The analytics store directory.")
        Path store;

        @Option(names = "--limit", defaultValue = "100", description = "Most rows (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print JSON instead of one line per row.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(store.resolve("batches"))) {
                throw new OpenPesException(ErrorCode.CO_034, store, "not an OpenPES store (no batches/ directory)");
            }
            var rows = CoIngestor.quarantine(store, limit);
            if (json) {
                System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(rows));
            } else {
                rows.forEach(r -> System.out.println(r.get("message")));
                System.out.println(rows.size() + " row(s)");
            }
            return 0;
        }
    }
}
