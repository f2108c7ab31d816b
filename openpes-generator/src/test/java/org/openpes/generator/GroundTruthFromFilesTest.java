package org.openpes.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openpes.generator.labour.QuarterCounts;

/**
 * The ground truth is what the files say: recounted here from the CO CSV files alone (corrections applied,
 * annulments and injected defects removed), it equals truth/quarterly.csv.
 */
class GroundTruthFromFilesTest {

    @Test
    void hiresAndCommunicatedTerminationsRecountedFromTheFilesEqualTheTruth() throws Exception {
        GenerationResult r = GeneratedRegion.lombardyAtTwoPercent();
        Path out = r.params().out();
        Set<String> defects = new HashSet<>();
        List<String> defectLines = Files.readAllLines(out.resolve("truth/defects.csv"));
        for (String line : defectLines.subList(1, defectLines.size())) {
            if (!line.endsWith(",DUPLICATE")) { // a duplicate repeats a real id: one copy is the real event
                defects.add(line.split(",")[0]);
            }
        }
        Map<String, String[]> byId = new HashMap<>();
        Set<String> superseded = new HashSet<>();
        try (Stream<Path> files = Files.list(out.resolve("co"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("events_20")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (String line : lines.subList(1, lines.size())) {
                    String[] x = line.split(",", -1);
                    if (defects.contains(x[0]) || x.length != 27) {
                        continue; // injected broken records, and exact duplicates collapse on the id below
                    }
                    byId.put(x[0], x);
                    if (!x[3].isEmpty()) {
                        superseded.add(x[3]);
                    }
                }
            }
        }
        Map<String, Long> hires = new HashMap<>();
        Map<String, Set<String>> hiredWorkers = new HashMap<>();
        Map<String, Long> terminations = new HashMap<>();
        for (String[] x : byId.values()) {
            if (superseded.contains(x[0]) || x[2].equals("ANNULMENT")) {
                continue;
            }
            String quarter = quarter(x[23]);
            if (x[1].equals("HIRE")) {
                hires.merge(quarter, 1L, Long::sum);
                hiredWorkers.computeIfAbsent(quarter, k -> new HashSet<>()).add(x[10]);
            } else if (x[1].equals("TERMINATION")) {
                terminations.merge(quarter, 1L, Long::sum);
            }
        }
        for (QuarterCounts q : r.quarters()) {
            assertThat(hires.get(q.quarter())).as(q.quarter()).isEqualTo(q.hires());
            assertThat((long) hiredWorkers.get(q.quarter()).size()).as(q.quarter()).isEqualTo(q.hireWorkers());
            assertThat(terminations.get(q.quarter())).as(q.quarter())
                    .isEqualTo(q.terminations() - q.silentTerminations());
        }
    }

    private static String quarter(String isoDate) {
        int month = Integer.parseInt(isoDate.substring(5, 7));
        return isoDate.substring(0, 4) + "-Q" + ((month - 1) / 3 + 1);
    }
}
