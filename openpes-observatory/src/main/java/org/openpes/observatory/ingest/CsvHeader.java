package org.openpes.observatory.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * The header of a CSV file, matched by name against the columns a reader expects. Names are compared without
 * surrounding blanks, case or a byte-order mark; extra columns are ignored. A header that lacks an expected column,
 * or names one twice, is refused (OPES-CO-036) with the names at fault, so that a file without a header, or with
 * another layout, never has its first row taken for a header or its columns read in the wrong places.
 *
 * @param order for each expected column, its place in the file; null when the file has exactly the expected columns
 *     in the expected order (nothing to rearrange)
 */
record CsvHeader(int[] order) {
    static CsvHeader of(String file, List<String> header, List<String> expected) {
        Map<String, Integer> place = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            if (place.putIfAbsent(name, i) != null) {
                twice.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        int[] order = new int[expected.size()];
        boolean identity = header.size() == expected.size();
        for (int c = 0; c < expected.size(); c++) {
            Integer at = place.get(expected.get(c));
            if (at == null) {
                missing.add(expected.get(c));
                continue;
            }
            order[c] = at;
            identity &= at == c;
        }
        if (!missing.isEmpty() || !twice.isEmpty()) {
            String why = missing.isEmpty() ? "the header names " + String.join(", ", twice) + " more than once"
                    : "the header lacks the columns " + String.join(", ", missing)
                            + (missing.size() == expected.size() ? " (is the first line a header?)" : "");
            throw new OpenPesException(ErrorCode.CO_036, file, why);
        }
        return new CsvHeader(identity ? null : order);
    }

    private static String normalise(String name) {
        String n = name.startsWith("\uFEFF") ? name.substring(1) : name;
        return n.strip().toLowerCase(Locale.ROOT);
    }
}
