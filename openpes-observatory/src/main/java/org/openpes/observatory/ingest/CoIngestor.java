package org.openpes.observatory.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.openpes.core.co.CoCsvColumns;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.core.io.Trees;

/**
 * Ingests CO CSV files into the analytics store: each file is one batch, checked row by row, pseudonymised, and
 * written as Parquet partitioned by year and quarter of the event ({@code batches/ID/events/year=…/quarter=…}), with
 * its refused rows in {@code batches/ID/quarantine.parquet}. A batch becomes visible by one directory rename, so a
 * run killed at any point leaves nothing half-written; the batch id is the hash of the file, so ingesting the same file
 * again changes nothing.
 */
public final class CoIngestor {
    private static final int BIRTH_DATE = CoCsvColumns.ALL.indexOf("worker_birth_date");
    private final java.util.function.Supplier<CoRowValidator> validators;
    private final Path store;
    private final ThreadLocal<CoRowValidator> validator;

    /**
     * Files are ingested in parallel, one batch per file, each thread with its own validator from
     * {@code validators} (the keyed hash is not thread-safe).
     */
    public CoIngestor(java.util.function.Supplier<CoRowValidator> validators, Path store) {
        this.validators = validators;
        this.store = store;
        this.validator = ThreadLocal.withInitial(validators);
    }

    public IngestReport ingest(List<Path> files, BiConsumer<Double, String> progress) {
        long t0 = System.nanoTime();
        long read = 0;
        long accepted = 0;
        long duplicates = 0;
        int ingested = 0;
        int present = 0;
        Map<String, Long> quarantined = new TreeMap<>();
        try {
            Files.createDirectories(store.resolve("batches"));
            Files.createDirectories(store.resolve(".staging"));
        } catch (IOException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, store, "cannot create the store: " + e.getMessage());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = Math.max(1, Math.min(files.size(), cores));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try (StoreLock lock = StoreLock.acquire(store,
                () -> progress.accept(0.0, "waiting for another ingestion into this store"))) {
            List<java.util.concurrent.Future<BatchResult>> futures = new java.util.ArrayList<>();
            java.util.Set<String> claimed = java.util.concurrent.ConcurrentHashMap.newKeySet();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    String id = batchId(file);
                    if (!claimed.add(id) || Files.isDirectory(store.resolve("batches").resolve(id))) {
                        return null;
                    }
                    return ingestBatch(file, id);
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                BatchResult b = join(futures.get(i));
                progress.accept((double) (i + 1) / files.size(), files.get(i).getFileName().toString());
                if (b == null) {
                    present++;
                    continue;
                }
                read += b.read;
                accepted += b.accepted;
                duplicates += b.duplicates;
                b.quarantined.forEach((k, v) -> quarantined.merge(k, v, Long::sum));
                ingested++;
            }
        } finally {
            pool.shutdownNow();
        }
        progress.accept(1.0, "done");
        return new IngestReport(read, accepted, quarantined, duplicates, ingested, present,
                (System.nanoTime() - t0) / 1e9);
    }

    private static <T> T join(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class BatchResult {
        long read;
        long accepted;
        long duplicates;
        final Map<String, Long> quarantined = new HashMap<>();
    }

    private BatchResult ingestBatch(Path file, String id) {
        Path staging = store.resolve(".staging").resolve(id);
        deleteTree(staging);
        BatchResult result = new BatchResult();
        String name = file.getFileName().toString();
        CoRowValidator check = validator.get();
        SeenIds seen = new SeenIds();
        try {
            Files.createDirectories(staging);
            try (BatchWriter out = new BatchWriter(staging, id);
                    InputStream in = Files.newInputStream(file)) {
                java.util.function.Supplier<CsvRecords.Row> rows = rows(in, name);
                PlainRowCheck fast = check.plainRows();
                EventLine line = new EventLine();
                for (CsvRecords.Row raw = rows.get(); raw != null; raw = rows.get()) {
                    result.read++;
                    if (fast.accept(raw, line)) {
                        SeenIds.Seen s = seen.put(raw.bytes(), raw.start(0), raw.end(0), raw.contentHash());
                        if (s == SeenIds.Seen.NEW) {
                            out.accept(line);
                            result.accepted++;
                            continue;
                        }
                        if (s == SeenIds.Seen.DUPLICATE) {
                            result.duplicates++;
                            continue;
                        }
                    }
                    slowPath(check, seen, out, result, name, raw, line);
                }
                out.finish();
            }
            Files.writeString(staging.resolve("_SUCCESS"), name + "\n");
            Files.move(staging, store.resolve("batches").resolve(id), StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (Exception e) {
            if (e instanceof OpenPesException o) {
                throw o;
            }
            throw new OpenPesException(e, ErrorCode.CO_034, name, "ingestion failed: " + e.getMessage());
        }
    }

    /**
     * A row the fast path did not accept (or accepted under an id already seen with other content): the reference
     * rules decide, and report the first rule broken.
     */
    private static void slowPath(CoRowValidator check, SeenIds seen, BatchWriter out, BatchResult result, String name,
            CsvRecords.Row raw, EventLine line) throws IOException {
        long row = raw.line();
        Object outcome;
        if (raw.brokenOff() != null) {
            outcome = Violation.of(ErrorCode.CO_038, name, row, raw.brokenOff());
        } else if (raw.unclosedQuote()) {
            outcome = Violation.of(ErrorCode.CO_037, name, row);
        } else if (!raw.complete()) {
            outcome = Violation.of(ErrorCode.CO_001, name, row, raw.count(), raw.width());
        } else {
            outcome = check.validate(name, row, raw.fields());
        }
        if (outcome instanceof AcceptedEvent e) {
            SeenIds.Seen s = seen.put(e.communicationId(), raw.contentHash());
            if (s == SeenIds.Seen.DUPLICATE) {
                result.duplicates++;
                return;
            }
            if (s == SeenIds.Seen.CONFLICT) {
                outcome = Violation.of(ErrorCode.CO_030, name, row, "communication_id", e.communicationId());
            }
        }
        if (outcome instanceof AcceptedEvent e) {
            out.accept(line.of(e));
            result.accepted++;
        } else {
            Violation v = (Violation) outcome;
            String birth = raw.complete() ? raw.fields()[BIRTH_DATE] : null;
            out.refuse(new Violation(v.code(), QuarantineMask.apply(v.message(), birth)), name, row,
                    QuarantineMask.apply(raw.text(), birth));
            result.quarantined.merge(v.code().code(), 1L, Long::sum);
        }
    }

    /** The rows of a CSV file, or the communications of an XML file ({@code .xml}), in order; null at the end. */
    private static java.util.function.Supplier<CsvRecords.Row> rows(InputStream in, String name) {
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
            java.util.Iterator<UnilavXml.Communication> all = UnilavXml.read(name, in);
            return () -> all.hasNext() ? rowOf(all.next()) : null;
        }
        return new CsvRecords(in, name, CoCsvColumns.ALL);
    }

    private static CsvRecords.Row rowOf(UnilavXml.Communication c) {
        return c.malformed() != null ? CsvRecords.Row.brokenOff(c.line(), c.malformed())
                : CsvRecords.Row.of(c.line(), c.fields());
    }

    /**
     * The batch id: a hash of the file's bytes with its line endings made LF, so that the same rows sent again with
     * CRLF or CR line endings are recognised as a batch already stored.
     */
    private static String batchId(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            byte[] out = new byte[buf.length];
            boolean afterCr = false;
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                int k = 0;
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n' && afterCr) {
                        afterCr = false;
                        continue; // the LF of a CRLF, already written as LF
                    }
                    afterCr = b == '\r';
                    out[k++] = afterCr ? (byte) '\n' : b;
                }
                md.update(out, 0, k);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (IOException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, file, "cannot read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a directory and what it holds (nothing when it does not exist); OPES-CO-034 when it cannot. */
    private static void deleteTree(Path dir) {
        try {
            Trees.delete(dir);
        } catch (IOException e) {
            throw new OpenPesException(e, ErrorCode.CO_034, dir, "cannot clean the staging area: " + e.getMessage());
        }
    }

    /** The quarantined rows of the store, newest batches first (at most {@code limit}). */
    public static List<Map<String, Object>> quarantine(Path store, int limit) {
        String glob = store.resolve("batches").toString().replace("'", "''") + "/*/quarantine.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select code, message, file, row_number, raw from read_parquet('"
                        + glob + "') order by file, row_number limit " + Math.max(1, limit))) {
            List<Map<String, Object>> out = new java.util.ArrayList<>();
            while (rs.next()) {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("code", rs.getString(1));
                m.put("message", rs.getString(2));
                m.put("file", rs.getString(3));
                m.put("row", rs.getLong(4));
                m.put("raw", rs.getString(5));
                out.add(m);
            }
            return out;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("No files found")) {
                return List.of();
            }
            throw new OpenPesException(e, ErrorCode.CO_034, store, "cannot read the quarantine: " + e.getMessage());
        }
    }
}
