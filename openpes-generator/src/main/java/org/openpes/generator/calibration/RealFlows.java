package org.openpes.generator.calibration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.core.text.Folding;

/**
 * The real quarterly CO flows by region (Ministry of Labour notes), used only to calibrate the generator. The file is
 * evaluation data: it is read from where the user points, never carried inside the product.
 */
public final class RealFlows {
    /**
     * Where the series is read from by default: the system property {@code openpes.flows} (the launcher points it
     * at {@code ../shared} beside the checkout), else {@code ../shared/...} relative to the working directory.
     */
    public static final Path DEFAULT = Path.of(System.getProperty("openpes.flows",
            "../shared/data/flows/co_regional_quarterly_2017-2024.csv"));

    private RealFlows() {
    }

    /**
     * {@link #DEFAULT}, or the same path found from a directory up to three levels below the checkout (a module
     * directory, where Maven runs the tests).
     */
    public static Path locate() {
        Path here = DEFAULT;
        for (int up = 0; up < 3 && !Files.exists(here); up++) {
            here = Path.of("..").resolve(here);
        }
        return here;
    }

    /**
     * Unscaled quarterly targets for the region in years {@code from..to}, in time order. The series names regions
     * as ISTAT does except Trentino-Alto Adige, which it splits into its two autonomous provinces: they are summed.
     */
    public static List<QuarterTarget> read(Path file, String regionCode, String regionName, int from, int to) {
        if (!Files.isRegularFile(file)) {
            throw new OpenPesException(ErrorCode.GEN_003, "--flows", "the real CO flows CSV (found nothing at "
                    + file.toAbsolutePath().normalize() + ")", "a missing file");
        }
        Map<Integer, long[]> byQuarter = new TreeMap<>();
        List<String> wanted = "04".equals(regionCode) ? List.of("bolzano", "trento") : List.of(Folding.fold(regionName));
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                int year = Integer.parseInt(r.getField("anno").strip());
                minYear = Math.min(minYear, year);
                maxYear = Math.max(maxYear, year);
                String region = Folding.fold(r.getField("regione"));
                if (!matches(region, wanted) || year < from || year > to) {
                    continue;
                }
                int quarter = Integer.parseInt(r.getField("trimestre").strip());
                long[] v = byQuarter.computeIfAbsent(year * 10 + quarter, k -> new long[4]);
                long contracts = Math.round(Double.parseDouble(r.getField("rapporti")));
                long workers = Math.round(Double.parseDouble(r.getField("lavoratori")));
                switch (r.getField("flusso").strip()) {
                    case "avviamenti" -> { v[0] += contracts; v[1] += workers; }
                    case "cessazioni" -> { v[2] += contracts; v[3] += workers; }
                    default -> { }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof OpenPesException ope) {
                throw ope;
            }
            throw new OpenPesException(e, ErrorCode.GEN_003, "--flows", "a readable real-flows CSV", e.getMessage());
        }
        if (from < minYear || to > maxYear) {
            throw new OpenPesException(ErrorCode.GEN_002, from, to, minYear, maxYear);
        }
        List<QuarterTarget> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            for (int q = 1; q <= 4; q++) {
                long[] v = byQuarter.get(y * 10 + q);
                if (v == null || v[0] == 0 || v[2] == 0) {
                    throw new OpenPesException(ErrorCode.GEN_005, regionName, y + "-Q" + q);
                }
                out.add(new QuarterTarget(y, q, v[0], v[1], v[2], v[3]));
            }
        }
        return out;
    }

    private static boolean matches(String region, List<String> wanted) {
        for (String w : wanted) {
            if (!region.isEmpty() && (w.equals(region) || region.startsWith(w + " ") || w.startsWith(region + " "))) {
                return true;
            }
        }
        return false;
    }

    /** The targets multiplied by {@code scale}, rounded. */
    public static List<QuarterTarget> scaled(List<QuarterTarget> real, double scale) {
        return real.stream().map(t -> new QuarterTarget(t.year(), t.quarter(), Math.round(t.hires() * scale),
                Math.round(t.hireWorkers() * scale), Math.round(t.terminations() * scale),
                Math.round(t.terminationWorkers() * scale))).toList();
    }
}
