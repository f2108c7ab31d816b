package org.openpes.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.observatory.indicators.DuckDbIndicatorEngine;
import org.openpes.observatory.indicators.ReEmployment;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;

/** The XML form carries the same communications as the CSV and passes the same rules. */
class UnilavXmlTest {
    static final ReferenceData REF = ReferenceData.load();

    @TempDir
    Path tmp;

    private CoIngestor ingestor(Path store) {
        return new CoIngestor(() -> new CoRowValidator(REF, new Pseudonymiser("fixture-key-0123456789abcdefghijkl")),
                store);
    }

    private CoFixture twoWorkers() {
        String anna = CoFixture.worker("NNAAAA");
        String bruno = CoFixture.worker("BRNBBB");
        return new CoFixture(REF)
                .hired(anna, "2022-11-02", "2023-06-30").terminated(anna, "2022-11-02", "2023-06-30", "2023-01-31")
                .hired(anna, "2023-02-20", "2023-12-31")
                .hired(bruno, "2022-10-03", "2023-02-28").hired(bruno, "2023-06-28", "2023-12-31");
    }

    @Test
    void manyCommunicationsInOneXmlFileGiveTheSameResultAsTheCsv() throws Exception {
        IngestReport fromXml = ingestor(tmp.resolve("x")).ingest(List.of(twoWorkers().writeXml(tmp.resolve("co.xml"))),
                (f, m) -> { });
        IngestReport fromCsv = ingestor(tmp.resolve("c")).ingest(List.of(twoWorkers().write(tmp.resolve("co.csv"))),
                (f, m) -> { });
        assertThat(fromXml.accepted()).isEqualTo(fromCsv.accepted()).isEqualTo(5);
        try (EventStore x = EventStore.open(tmp.resolve("x"), REF);
                EventStore c = EventStore.open(tmp.resolve("c"), REF)) {
            assertThat(x.quarterly(2022, 2023)).isEqualTo(c.quarterly(2022, 2023));
            assertThat(ReEmployment.compute(new DuckDbIndicatorEngine(x.connection()), YearMonth.of(2023, 1),
                    YearMonth.of(2023, 3)).medianDays()).isEqualTo(20L);
        }
    }

    @Test
    void aBadValueInXmlIsQuarantinedWithTheSameRuleAndItsLine() throws Exception {
        Path xml = twoWorkers().writeXml(tmp.resolve("bad.xml"));
        Files.writeString(xml, Files.readString(xml).replaceFirst("tipologia=\"A.02.00\"", "tipologia=\"Z.99.99\""));
        IngestReport r = ingestor(tmp.resolve("s")).ingest(List.of(xml), (f, m) -> { });
        assertThat(r.quarantinedByCode()).containsEntry("OPES-CO-009", 1L);
        assertThat(CoIngestor.quarantine(tmp.resolve("s"), 10).get(0).get("message"))
                .isEqualTo("OPES-CO-009: bad.xml row 3 field 'contract_type': 'Z.99.99' is not a known CO contract type");
    }

    @Test
    void xmlThatBreaksOffKeepsTheCommunicationsBeforeTheBreakAndQuarantinesWhere() throws Exception {
        Path broken = twoWorkers().writeXml(tmp.resolve("broken.xml"));
        String xml = Files.readString(broken);
        int cut = xml.lastIndexOf("<comunicazione ");
        Files.writeString(broken, xml.substring(0, cut + 20)); // truncated inside the last communication
        IngestReport r = ingestor(tmp.resolve("b")).ingest(List.of(broken), (f, m) -> { });
        long before = xml.substring(0, cut).split("</comunicazione>", -1).length - 1;
        assertThat(r.accepted()).isEqualTo(before);
        assertThat(r.quarantinedByCode()).containsOnly(java.util.Map.entry("OPES-CO-038", 1L));
        assertThat((String) CoIngestor.quarantine(tmp.resolve("b"), 10).get(0).get("message"))
                .startsWith("OPES-CO-038: broken.xml line ").contains("the rest of the file was not read");
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path xxe = tmp.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<comunicazioni><comunicazione id=\"&x;\"/></comunicazioni>\n");
        assertThatThrownBy(() -> ingestor(tmp.resolve("e")).ingest(List.of(xxe), (f, m) -> { }))
                .hasMessageStartingWith("OPES-CO-034: xxe.xml")
                .hasMessageNotContaining("root:");
        assertThat(tmp.resolve("e").resolve("batches")).isEmptyDirectory();
    }
}
