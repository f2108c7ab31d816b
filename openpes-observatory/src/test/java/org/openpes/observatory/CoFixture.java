package org.openpes.observatory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openpes.core.co.CoCsvColumns;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.PartitaIva;
import org.openpes.core.identity.Sex;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.IngestReport;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.reference.ReferenceData;

/**
 * Writes small CO files in the domain's words: "Mario is hired by the trattoria on 2023-01-02 until 2023-01-31".
 * Every row is valid: a real comune (Milano), a real ATECO 2007 restaurant code and a real CP2011 occupation.
 */
final class CoFixture {
    private final String ateco;
    private final String cp2011;
    private final String employer = PartitaIva.withCheckDigit("1234567890").value();
    private final List<String> rows = new ArrayList<>();
    private int nextId = 1;

    CoFixture(ReferenceData ref) {
        this.ateco = ref.ateco().tree2007().stream()
                .filter(a -> a.level() == 6 && a.code().startsWith("56.10")).findFirst().orElseThrow().code();
        this.cp2011 = ref.cp2011().occupations().stream().filter(o -> o.code().startsWith("5.2.2"))
                .findFirst().orElseThrow().code();
    }

    /** A worker born in Milano on 10 May 1990, with a valid fiscal code built from the six name letters. */
    static String worker(String nameLetters) {
        return worker(nameLetters, 1990);
    }

    /** A worker born in Milano on 10 May of {@code year}. */
    static String worker(String nameLetters, int year) {
        return FiscalCode.compose(nameLetters, LocalDate.of(year, 5, 10), Sex.M, "F205").value();
    }

    /** A fixed-term hire (A.02.00) by the trattoria. */
    CoFixture hired(String worker, String start, String plannedEnd) {
        row(worker, "HIRE", start, plannedEnd, start, "", "A.02.00");
        return this;
    }

    /** A permanent hire (A.01.00). */
    CoFixture hiredPermanently(String worker, String start) {
        row(worker, "HIRE", start, "", start, "", "A.01.00");
        return this;
    }

    /** An apprenticeship (A.03.09, professionalising), three years. */
    CoFixture apprenticed(String worker, String start) {
        row(worker, "HIRE", start, LocalDate.parse(start).plusYears(3).minusDays(1).toString(), start, "", "A.03.09");
        return this;
    }

    /** The termination of the contract that started on {@code start}, on {@code lastDay}. */
    CoFixture terminated(String worker, String start, String plannedEnd, String lastDay) {
        row(worker, "TERMINATION", start, plannedEnd, lastDay, "DIM", "A.02.00");
        return this;
    }

    private void row(String worker, String type, String start, String plannedEnd, String eventDate, String reason,
            String contractType) {
        String id = String.format("CO%012d", nextId++);
        String sending = LocalDate.parse(eventDate).minusDays(type.equals("HIRE") ? 1 : 0).toString();
        rows.add(String.join(",", id, type, "ORDINARY", "", sending, "UL", employer, ateco, "2007", "015146",
                worker, "M", FiscalCode.parse(worker).birthDate(2020).toString(), "IT", "015146", "3", start,
                plannedEnd, contractType, "F", "40", cp2011,
                "SYN-I", eventDate, "", "", reason));
    }

    /** The same communications in the UNILAV-like XML form, all in one file. */
    Path writeXml(Path file) throws IOException {
        String[][] layout = {
            {"comunicazione", "id", "tipo", "natura", "rettifica"}, {"invio", "data", "modulo"},
            {"datoreLavoro", "codiceFiscale", "ateco", "versioneAteco", "comuneSede"},
            {"lavoratore", "codiceFiscale", "sesso", "dataNascita", "cittadinanza", "comuneDomicilio", "istruzione"},
            {"rapporto", "dataInizio", "dataFine", "tipologia", "orario", "oreSettimanali", "qualifica", "ccnl"},
            {"evento", "data", "dataFineProroga", "codiceTrasformazione", "causaCessazione"}};
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<comunicazioni>\n");
        for (String row : rows) {
            String[] f = row.split(",", -1);
            int k = 0;
            for (int e = 0; e < layout.length; e++) {
                xml.append(e == 0 ? "  <" : "    <").append(layout[e][0]);
                for (int a = 1; a < layout[e].length; a++) {
                    xml.append(' ').append(layout[e][a]).append("=\"").append(f[k++]).append('"');
                }
                xml.append(e == 0 ? ">\n" : "/>\n");
            }
            xml.append("  </comunicazione>\n");
        }
        Files.writeString(file, xml.append("</comunicazioni>\n"));
        return file;
    }

    /** Ingests one fixture file into {@code store}, with the fixtures' pseudonymisation key. */
    static IngestReport ingest(ReferenceData ref, Path file, Path store) {
        return new CoIngestor(() -> new CoRowValidator(ref, new Pseudonymiser("fixture-key-0123456789abcdefghijkl")),
                store).ingest(List.of(file), (f, m) -> { });
    }

    Path write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(CoCsvColumns.HEADER);
        lines.addAll(rows);
        Files.write(file, lines);
        return file;
    }
}
