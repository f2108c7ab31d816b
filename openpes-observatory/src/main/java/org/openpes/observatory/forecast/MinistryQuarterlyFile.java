package org.openpes.observatory.forecast;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Reads the Ministry's quarterly CO series ({@code regione;anno;trimestre;...;flusso;rapporti;lavoratori}): one
 * series per region, flow and unit. The row of the regions not determined ({@code N.D.}) is left out. Every quarter
 * between a series' first and last must be present once: a gap or a repeat is refused with its row.
 */
public final class MinistryQuarterlyFile {
    private MinistryQuarterlyFile() {
    }

    public static List<Series> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new OpenPesException(ErrorCode.FCS_002, file, "no such file");
        }
        Map<String, TreeMap<Integer, Double>> byKey = new TreeMap<>();
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                long row = r.getStartingLineNumber();
                String region = field(r, "regione", name, row);
                if (region.startsWith("N.D.")) {
                    continue;
                }
                String flow = field(r, "flusso", name, row);
                if (!flow.equals("avviamenti") && !flow.equals("cessazioni")) {
                    throw new OpenPesException(ErrorCode.FCS_001, name, row, "field 'flusso': avviamenti or "
                            + "cessazioni, got '" + flow + "'");
                }
                int year = number(r, "anno", name, row, 2000, 2100);
                int quarter = number(r, "trimestre", name, row, 1, 4);
                for (String unit : List.of("rapporti", "lavoratori")) {
                    double v;
                    try {
                        v = Double.parseDouble(field(r, unit, name, row));
                    } catch (NumberFormatException e) {
                        throw new OpenPesException(ErrorCode.FCS_001, name, row, "field '" + unit + "': not a number");
                    }
                    if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                        throw new OpenPesException(ErrorCode.FCS_001, name, row, "field '" + unit
                                + "': a count of 0 or more");
                    }
                    Double before = byKey.computeIfAbsent(region + "\u0000" + flow + "\u0000" + unit,
                            k -> new TreeMap<>()).put(year * 4 + quarter - 1, v);
                    if (before != null) {
                        throw new OpenPesException(ErrorCode.FCS_001, name, row, region + " " + flow + " " + year
                                + "-Q" + quarter + " is given twice");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof OpenPesException o) {
                throw o;
            }
            throw new OpenPesException(e, ErrorCode.FCS_002, file, "cannot read it: " + e.getMessage());
        }
        List<Series> out = new ArrayList<>();
        byKey.forEach((key, values) -> {
            String[] k = key.split("\u0000");
            int first = values.firstKey();
            if (values.lastKey() - first + 1 != values.size()) {
                throw new OpenPesException(ErrorCode.FCS_002, file, k[0] + " " + k[1] + " has a gap between "
                        + Series.quarter(first) + " and " + Series.quarter(values.lastKey()));
            }
            out.add(new Series(k[0], k[1], k[2], first, values.values().stream().mapToDouble(Double::doubleValue)
                    .toArray()));
        });
        if (out.isEmpty()) {
            throw new OpenPesException(ErrorCode.FCS_002, file, "no series in it");
        }
        return out;
    }

    private static String field(NamedCsvRecord r, String column, String file, long row) {
        try {
            return r.getField(column).strip();
        } catch (java.util.NoSuchElementException e) {
            throw new OpenPesException(ErrorCode.FCS_001, file, row, "no column '" + column + "'");
        }
    }

    private static int number(NamedCsvRecord r, String column, String file, long row, int min, int max) {
        String v = field(r, column, file, row);
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new OpenPesException(ErrorCode.FCS_001, file, row, "field '" + column + "': a whole number from "
                + min + " to " + max + ", got '" + v + "'");
    }
}
