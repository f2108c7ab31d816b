package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.reference.ReferenceData;

/**
 * Quoted CSV values that would break a naive writer: a correction naming "CO1,2" (a comma inside quotes) must be
 * refused on its own row, and a line break inside a quoted CCNL is refused as a control character, on the row where
 * it starts; the good rows are kept.
 */
class HostileCsvTest {
    static final ReferenceData REF = ReferenceData.load();

    @TempDir
    Path tmp;

    @Test
    void aQuotedCommaOrLineBreakIsOneRowsProblemAndTheGoodRowsAreKept() throws Exception {
        String anna = CoFixture.worker("NNAAAA");
        String bruno = CoFixture.worker("BRNBBB");
        Path csv = new CoFixture(REF).hired(anna, "2023-01-02", "2023-06-30").hired(bruno, "2023-02-01", "2023-07-31")
                .write(tmp.resolve("co.csv"));
        List<String> lines = Files.readAllLines(csv);
        String[] correction = lines.get(1).split(",", -1);
        correction[0] = "CO900000000001";
        correction[2] = "CORRECTION";
        correction[3] = "\"CO1,2\"";
        String[] multiline = lines.get(2).split(",", -1);
        multiline[0] = "CO900000000002";
        multiline[22] = "\"CCNL turismo\nsecond line\"";
        Files.writeString(csv, String.join("\n", lines) + "\n" + String.join(",", correction) + "\n"
                + String.join(",", multiline) + "\n");

        Path store = tmp.resolve("store");
        IngestReport r = new CoIngestor(() -> new CoRowValidator(REF,
                new Pseudonymiser("hostile-test-key-0123456789abcdefghij")), store).ingest(List.of(csv), (f, m) -> { });

        assertThat(r.read()).isEqualTo(4);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.quarantinedByCode()).containsOnly(java.util.Map.entry("OPES-CO-027", 1L),
                java.util.Map.entry("OPES-CO-032", 1L));
        List<java.util.Map<String, Object>> refused = CoIngestor.quarantine(store, 10);
        assertThat(refused.get(0).get("message"))
                .isEqualTo("OPES-CO-027: co.csv row 4 field 'corrects_id': 'CO1,2' is not a communication id");
        assertThat(refused.get(1).get("row")).isEqualTo(5L);
        assertThat((String) refused.get(1).get("message")).startsWith("OPES-CO-032: co.csv row 5 field 'ccnl'");
    }
}
