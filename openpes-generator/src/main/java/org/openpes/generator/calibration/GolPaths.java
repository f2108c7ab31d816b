package org.openpes.generator.calibration;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openpes.core.text.Folding;

/**
 * The real shares of the five GOL paths among the people a region's CPIs took in charge (INAPP monitoring, table
 * 1.2, the latest report in the file): what the generator's patti follow. Evaluation data, read from
 * {@code ../shared/data/gol/} beside the real flows; never shipped.
 */
public final class GolPaths {
    /** The national shares of the 2025-12-31 report, for a region the table lacks (paths 1 to 5). */
    static final double[] ITALY = {0.512, 0.238, 0.209, 0.038, 0.003};

    private GolPaths() {
    }

    /** Where the GOL table lies, next to the real flows file ({@code .../flows/X.csv}). */
    public static Path beside(Path flowsFile) {
        Path data = flowsFile.toAbsolutePath().getParent().getParent();
        return data.resolve("gol").resolve("INAPP_GOL_csv_long").resolve("tab_1_2_wide.csv");
    }

    /** The shares of paths 1–5 (summing to 1) for the region named {@code regionName}, from its latest report. */
    public static double[] shares(Path table, String regionName) {
        if (!Files.isRegularFile(table)) {
            return ITALY.clone();
        }
        String wanted = Folding.fold(regionName);
        String latest = "";
        double[] found = null;
        try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                String region = Folding.fold(r.getField("regione"));
                String date = r.getField("data_riferimento");
                if (!(region.equals(wanted) || wanted.startsWith(region + " ") || region.startsWith(wanted + " "))
                        || date.compareTo(latest) <= 0) {
                    continue;
                }
                double[] v = new double[5];
                double sum = 0;
                for (int i = 0; i < 5; i++) {
                    String cell = r.getField("perc" + (i + 1) + "_ass").strip();
                    v[i] = cell.isEmpty() ? 0 : Double.parseDouble(cell);
                    sum += v[i];
                }
                if (sum > 0) {
                    for (int i = 0; i < 5; i++) {
                        v[i] /= sum;
                    }
                    latest = date;
                    found = v;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found == null ? ITALY.clone() : found;
    }
}
