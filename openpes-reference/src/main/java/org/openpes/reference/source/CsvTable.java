package org.openpes.reference.source;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Reads one reference CSV with a header row, checking that the required columns exist and that every row has as
 * many fields as the header. Any defect stops the load with {@code OPES-REF-002} naming the file and the line.
 */
public final class CsvTable {
    private final ReferenceSource source;
    private final String path;
    private final char separator;
    private int skipLines;
    private boolean allowShortRows;

    private CsvTable(ReferenceSource source, String path, char separator) {
        this.source = source;
        this.path = path;
        this.separator = separator;
    }

    public static CsvTable csv(ReferenceSource source, String path) {
        return new CsvTable(source, path, ',');
    }

    public static CsvTable withSeparator(ReferenceSource source, String path, char separator) {
        return new CsvTable(source, path, separator);
    }

    /** Skips metadata lines that precede the header (the CP2011 crosswalk has 14). */
    public CsvTable skipLines(int lines) {
        this.skipLines = lines;
        return this;
    }

    /** Accepts rows with fewer fields than the header (missing trailing fields read as empty). */
    public CsvTable allowShortRows() {
        this.allowShortRows = true;
        return this;
    }

    /** Streams the rows to {@code consumer}; returns the number of data rows. */
    public int forEach(List<String> requiredColumns, Consumer<Row> consumer) {
        String name = source.describe(path);
        try (InputStream in = source.open(path);
                Reader reader = skip(new InputStreamReader(in, StandardCharsets.UTF_8), skipLines);
                CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true)
                        .skipEmptyLines(true).allowMissingFields(true).allowExtraFields(true)
                        .ofCsvRecord(reader)) {
            Map<String, Integer> header = null;
            int rows = 0;
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber() + skipLines;
                if (header == null) {
                    header = header(record, requiredColumns, name);
                    continue;
                }
                if (record.getFieldCount() > header.size()
                        || record.getFieldCount() < header.size() && !allowShortRows) {
                    throw new OpenPesException(ErrorCode.REF_002, name, line,
                            "expected " + header.size() + " fields, found " + record.getFieldCount());
                }
                Row row = new Row(name, line, header, record);
                consumer.accept(row);
                rows++;
            }
            if (header == null) {
                throw new OpenPesException(ErrorCode.REF_003, name, "the file is empty (no header row)");
            }
            return rows;
        } catch (CsvParseException e) {
            throw new OpenPesException(e, ErrorCode.REF_002, name, "?", rootMessage(e));
        } catch (IOException e) {
            throw new OpenPesException(e, ErrorCode.REF_003, name, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new OpenPesException(e, ErrorCode.REF_003, name, e.getCause().getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            sb.append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    private static Reader skip(Reader reader, int lines) throws IOException {
        int skipped = 0;
        while (skipped < lines) {
            int c = reader.read();
            if (c == -1) {
                break;
            }
            if (c == '\n') {
                skipped++;
            }
        }
        return reader;
    }

    private static Map<String, Integer> header(CsvRecord record, List<String> required, String name) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            header.put(record.getField(i).strip(), i);
        }
        for (String column : required) {
            if (!header.containsKey(column)) {
                throw new OpenPesException(ErrorCode.REF_002, name, record.getStartingLineNumber(),
                        "missing column '" + column + "' in the header");
            }
        }
        return header;
    }

    /** One data row; {@link #required} and {@link #fail} produce errors that name the file, line and column. */
    public static final class Row {
        private final String file;
        private final long line;
        private final Map<String, Integer> header;
        private final CsvRecord record;

        Row(String file, long line, Map<String, Integer> header, CsvRecord record) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.record = record;
        }

        /** The field, stripped; empty when blank. */
        public String get(String column) {
            Integer i = header.get(column);
            if (i == null) {
                throw fail("no column '" + column + "'");
            }
            return i < record.getFieldCount() ? record.getField(i).strip() : "";
        }

        /** The field, or a failure naming the column when it is blank. */
        public String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw fail("column '" + column + "' is empty");
            }
            return v;
        }

        public long line() {
            return line;
        }

        public OpenPesException fail(String what) {
            return new OpenPesException(ErrorCode.REF_002, file, line, what);
        }
    }
}
