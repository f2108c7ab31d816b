package org.openpes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.observatory.ingest.CoIngestor;
import org.openpes.observatory.ingest.CoRowValidator;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.reference.ReferenceData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The command, exactly as written, in each output format: the xlsx and Parquet files hold the same cells as
 * the CSV, suppressed cells included.
 */
class IndicatorFormatsTest {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void aSmallRegionIngested() throws Exception {
        ReferenceData ref = ReferenceData.load();
        Path region = tmp.resolve("region");
        new RegionGenerator(ref).generate(new GeneratorParams("03", 2022, 2024, 0.003, 7, region, 0,
                Path.of("../../shared/data/flows/co_regional_quarterly_2017-2024.csv")), (f, m) -> { });
        List<Path> files;
        try (Stream<Path> s = Files.list(region.resolve("co"))) {
            files = s.sorted().toList();
        }
        store = tmp.resolve("store");
        new CoIngestor(() -> new CoRowValidator(ref, new Pseudonymiser("formats-test-key-0123456789abcdefgh")), store)
                .ingest(files, (f, m) -> { });
    }

    private static List<String> command(String format, Path out) {
        List<String> args = new ArrayList<>(List.of("indicators", "--store", store.toString(), "--measure",
                "hires,terminations,net,stock", "--by", "province,quarter", "--filter", "ateco=C", "--from", "2022-01",
                "--to", "2024-12", "--format", format));
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        return args;
    }

    private static List<String> csvLines() {
        OpenPesCliTest.Run r = OpenPesCliTest.run(command("csv", null).toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().lines().toList();
    }

    @Test
    void parquetHoldsTheSameCellsAsTheCsv() throws Exception {
        List<String> csv = csvLines();
        assertThat(csv.get(0)).isEqualTo("province,quarter,measure,value,suppressed");
        assertThat(csv.stream().filter(l -> l.endsWith(",true"))).as("some cells are suppressed").isNotEmpty();
        Path file = tmp.resolve("manufacturing.parquet");
        OpenPesCliTest.Run r = OpenPesCliTest.run(command("parquet", file).toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> back = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select province, quarter, measure, value, suppressed, typeof(value) "
                        + "from read_parquet('" + file + "')")) {
            while (rs.next()) {
                assertThat(rs.getString(6)).isEqualTo("BIGINT");
                back.add(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + ","
                        + (rs.getObject(4) == null ? "" : rs.getLong(4)) + "," + rs.getBoolean(5));
            }
        }
        assertThat(back).containsExactlyElementsOf(csv.subList(1, csv.size()));
    }

    @Test
    void xlsxHoldsTheSameCellsAsTheCsvWithNumbersAsNumbers() throws Exception {
        List<String> csv = csvLines();
        Path file = tmp.resolve("manufacturing.xlsx");
        OpenPesCliTest.Run r = OpenPesCliTest.run(command("xlsx", file).toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");
        Document sheet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(parts.get("xl/worksheets/sheet1.xml")));
        NodeList rows = sheet.getElementsByTagName("row");
        List<String> back = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getElementsByTagName("c");
            String[] line = new String[5];
            java.util.Arrays.fill(line, "");
            for (int k = 0; k < cells.getLength(); k++) {
                Element c = (Element) cells.item(k);
                int col = c.getAttribute("r").charAt(0) - 'A';
                String type = c.getAttribute("t");
                String text = c.getTextContent();
                if (col == 3 && i > 0) {
                    assertThat(type).as("a value is a number").isEmpty();
                }
                line[col] = type.equals("b") ? (text.equals("1") ? "true" : "false") : text;
            }
            back.add(String.join(",", line));
        }
        assertThat(back).containsExactlyElementsOf(csv);
    }
}
