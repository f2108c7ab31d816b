package org.openpes.operational.load;

import java.util.List;
import java.util.Set;

/**
 * How one file of a generated region goes into one table: its columns, in file order; which column is the key;
 * and which columns must refer to keys already loaded ({@code references}: column → table); and {@code rowCheck},
 * when not null, checks the fields of a row against each other (an error text, or null), never quoting personal data.
 */
record TableLoad(String file, String table, List<Column> columns, String key, java.util.Map<String, String> references,
        Set<String> uniqueTogether, java.util.function.BiFunction<List<String>, String[], String> rowCheck) {

    TableLoad(String file, String table, List<Column> columns, String key, java.util.Map<String, String> references,
            Set<String> uniqueTogether) {
        this(file, table, columns, key, references, uniqueTogether, null);
    }
}
