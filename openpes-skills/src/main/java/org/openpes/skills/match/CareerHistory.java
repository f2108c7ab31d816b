package org.openpes.skills.match;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * The occupations job seekers held before registering, read from the region's CO events (co/*.csv, the layout of
 * docs/co-format.md): every HIRE of the seeker's fiscal code that started before the registration date, its CP2011
 * code. Fiscal codes are only compared in memory; none is kept or logged.
 */
final class CareerHistory {
    /** A seeker to look up: their fiscal code and registration day (epoch day). */
    record Registration(String seekerId, String fiscalCode, long registeredOn) {
    }

    private CareerHistory() {
    }

    /**
     * Seeker id → CP2011 codes of their earlier hires, most recent first, each code once. An absent co/ folder is
     * no history; a row without the needed fields is OPES-SKL-003 naming the file and line.
     */
    static Map<String, List<String>> read(Path coDir, List<Registration> seekers) {
        Map<String, Registration> byCode = new HashMap<>();
        seekers.forEach(s -> byCode.put(s.fiscalCode(), s));
        Map<String, List<long[]>> hires = new HashMap<>(); // seeker -> {start day, cp index}
        List<String> codes = new ArrayList<>();
        Map<String, Integer> codeIndex = new HashMap<>();
        if (!Files.isDirectory(coDir)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(coDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                read(f, byCode, (seeker, start, cp) -> hires.computeIfAbsent(seeker, k -> new ArrayList<>())
                        .add(new long[] {start, codeIndex.computeIfAbsent(cp, c -> {
                            codes.add(c);
                            return codes.size() - 1;
                        })}));
            }
        } catch (IOException e) {
            throw new OpenPesException(ErrorCode.SKL_003, coDir, 0, "cannot be read (" + e.getMessage() + ")");
        }
        Map<String, List<String>> out = new HashMap<>();
        hires.forEach((seeker, list) -> {
            list.sort((a, b) -> Long.compare(b[0], a[0]));
            out.put(seeker, list.stream().map(h -> codes.get((int) h[1])).distinct().toList());
        });
        return out;
    }

    private interface Sink {
        void hire(String seekerId, long startDay, String cp2011);
    }

    private static void read(Path file, Map<String, Registration> byCode, Sink sink) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvReader<CsvRecord> csv = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                        .ofCsvRecord(r)) {
            int type = -1;
            int worker = -1;
            int start = -1;
            int cp = -1;
            for (CsvRecord row : csv) {
                if (type < 0) {
                    List<String> header = row.getFields();
                    type = column(file, header, "event_type");
                    worker = column(file, header, "worker_code");
                    start = column(file, header, "start_date");
                    cp = column(file, header, "cp2011");
                    continue;
                }
                if (row.getFieldCount() <= Math.max(Math.max(type, worker), Math.max(start, cp))) {
                    throw new OpenPesException(ErrorCode.SKL_003, file, row.getStartingLineNumber(),
                            "expected at least " + (Math.max(Math.max(type, worker), Math.max(start, cp)) + 1)
                                    + " fields, got " + row.getFieldCount());
                }
                if (!"HIRE".equals(row.getField(type))) {
                    continue;
                }
                Registration s = byCode.get(row.getField(worker));
                if (s == null) {
                    continue;
                }
                long day;
                try {
                    day = java.time.LocalDate.parse(row.getField(start)).toEpochDay();
                } catch (java.time.format.DateTimeParseException e) {
                    throw new OpenPesException(ErrorCode.SKL_003, file, row.getStartingLineNumber(),
                            "field start_date: '" + row.getField(start) + "' is not a date");
                }
                if (day < s.registeredOn() && !row.getField(cp).isBlank()) {
                    sink.hire(s.seekerId(), day, row.getField(cp));
                }
            }
        }
    }

    private static int column(Path file, List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new OpenPesException(ErrorCode.SKL_003, file, 1, "missing column " + name);
        }
        return i;
    }
}
