package org.openpes.generator.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.openpes.core.co.CoCsvColumns;

/**
 * Writes CO events in the interchange CSV (docs/co-format.md), one file per year of the event date and shard
 * ({@code co/events_YYYY-pK.csv}; hires of positions opened before the first year go to
 * {@code co/events_before_YYYY-pK.csv}). Formatting and I/O run on their own thread.
 * With a defect rate above zero, it writes a broken record after some good ones and lists them in
 * {@code truth/defects.csv}, so that the ground truth can exclude them.
 */
public final class CoEventWriter implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 20;
    private static final Defect[] DEFECTS = Defect.values();
    private static final byte[] UNKNOWN_TYPE = "Z.99.99".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path dir;
    private final ByteSink sink = new ByteSink();
    private final ByteSink defectLog = new ByteSink();
    private final SplittableRandom random;
    private final double defectRate;
    private final Map<Defect, Long> defects = new EnumMap<>(Defect.class);
    private OutputStream current;
    private OutputStream defectStream;
    private String currentName;
    private long rows;
    private long nextCommunication;
    private long nextDefectCommunication;

    /** Rows are handed to a formatting thread in batches; batches come back through {@code free} for reuse. */
    private static final int BATCH = 4096;
    private static final long DEFECT_IDS = 900_000_000_000L;
    private final java.util.concurrent.BlockingQueue<Batch> full = new java.util.concurrent.ArrayBlockingQueue<>(8);
    private final java.util.concurrent.BlockingQueue<Batch> free = new java.util.concurrent.ArrayBlockingQueue<>(10);
    private final Thread formatter;
    private volatile Throwable failure;
    private Batch filling;

    /** A batch of rows, or a request to switch file ({@code file != null}) or to stop ({@code stop}). */
    private static final class Batch {
        final EventRow[] rows = new EventRow[BATCH];
        int count;
        String file;
        boolean stop;

        Batch() {
            for (int i = 0; i < BATCH; i++) {
                rows[i] = new EventRow();
            }
        }
    }

    private final String suffix;

    /**
     * Writes shard {@code shard}'s events: files {@code co/NAME-pK.csv}, communication ids from {@code K * 10^11}.
     */
    public CoEventWriter(Path outDir, double defectRate, long seed, int shard) {
        this.dir = outDir.resolve("co");
        this.suffix = "-p" + shard;
        this.nextCommunication = shard * 100_000_000_000L + 1;
        this.nextDefectCommunication = DEFECT_IDS + shard * 10_000_000_000L;
        this.defectRate = defectRate;
        this.random = new SplittableRandom(seed ^ 0xDEFEC7L);
        try {
            Files.createDirectories(dir);
            Files.createDirectories(outDir.resolve("truth"));
            defectStream = new BufferedOutputStream(
                    Files.newOutputStream(outDir.resolve("truth/defects" + suffix + ".csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        defectLog.target(defectStream);
        defectLog.ascii("communication_id,defect\n");
        for (Defect d : DEFECTS) {
            defects.put(d, 0L);
        }
        for (int i = 0; i < 10; i++) {
            free.add(new Batch());
        }
        filling = take(free);
        formatter = new Thread(this::formatLoop, "co-writer");
        formatter.setDaemon(true);
        formatter.start();
    }

    private Batch take(java.util.concurrent.BlockingQueue<Batch> queue) {
        try {
            Batch b = queue.poll(60, java.util.concurrent.TimeUnit.SECONDS);
            if (b == null) {
                throw new IllegalStateException("the CO writer thread stopped responding", failure);
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void hand(Batch b) {
        if (failure != null) {
            throw new IllegalStateException("writing CO events failed: " + failure.getMessage(), failure);
        }
        try {
            full.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void formatLoop() {
        try {
            while (true) {
                Batch b = full.take();
                if (b.stop) {
                    return;
                }
                if (b.file != null) {
                    switchFile(b.file);
                    b.file = null;
                }
                for (int i = 0; i < b.count; i++) {
                    writeNow(b.rows[i]);
                }
                b.count = 0;
                free.put(b);
            }
        } catch (Throwable t) {
            failure = t;
            free.offer(new Batch());
        }
    }

    /** A new communication id (sequential, so the output is deterministic). */
    public long nextCommunicationId() {
        return nextCommunication++;
    }

    /** Switches to the file {@code co/NAME.csv}, creating it with its header. */
    public void file(String name) {
        if (name.equals(currentName)) {
            return;
        }
        currentName = name;
        hand(filling);
        filling = take(free);
        filling.file = name;
    }

    private void switchFile(String name) {
        closeCurrent();
        try {
            current = Files.newOutputStream(dir.resolve(name + suffix + ".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sink.target(current);
        sink.ascii(CoCsvColumns.HEADER);
        sink.put('\n');
    }

    /**
     * The row to fill next, in place in the current batch (no copy). Fill it, then call {@link #commit()}. A row
     * stays readable by the caller until it claims the row after the next one.
     */
    public EventRow claim() {
        return filling.rows[filling.count];
    }

    /** Queues the claimed row for writing. */
    public void commit() {
        filling.count++;
        rows++;
        if (filling.count == BATCH) {
            hand(filling);
            filling = take(free);
        }
    }

    /** Writes the row, then, at the defect rate, one broken record derived from it. */
    private void writeNow(EventRow row) {
        int rowStart = sink.length();
        format(row, row.communication, null);
        if (defectRate > 0 && random.nextDouble() < defectRate) {
            inject(row, rowStart, sink.length());
        }
        sink.flushIfOver(FLUSH_AT);
    }

    private void inject(EventRow row, int from, int to) {
        Defect d = DEFECTS[random.nextInt(DEFECTS.length)];
        defects.merge(d, 1L, Long::sum);
        long id = d == Defect.DUPLICATE ? row.communication : nextDefectCommunication++;
        switch (d) {
            case DUPLICATE -> {
                byte[] copy = java.util.Arrays.copyOfRange(sink.buffer(), from, to);
                sink.bytes(copy, 0, copy.length);
            }
            case TRUNCATED -> {
                int start = sink.length();
                format(row, id, null);
                int length = sink.length() - start;
                sink.truncate(start + 20 + random.nextInt(length / 2));
                sink.put('\n');
            }
            default -> format(row, id, d);
        }
        defectLog.ascii("CO");
        pad(defectLog, id);
        defectLog.put(',');
        defectLog.ascii(d.name());
        defectLog.put('\n');
    }

    /** Writes {@code id} as 12 digits, zero-padded. */
    private static void pad(ByteSink s, long id) {
        s.ensure(12);
        byte[] b = s.buffer();
        int end = s.length() + 12;
        long v = id;
        for (int i = end - 1; i >= end - 12; i--) {
            b[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        s.truncate(end);
    }

    private void format(EventRow r, long id, Defect defect) {
        ByteSink s = sink;
        s.ascii("CO");
        pad(s, id);
        s.put(',');
        s.ascii(r.type.name());
        s.put(',');
        s.ascii(r.kind.name());
        s.put(',');
        if (r.corrects >= 0) {
            s.ascii("CO");
            pad(s, r.corrects);
        }
        s.put(',');
        Dates.write(s, r.sendingDay);
        s.ascii(",UL,");
        s.bytes(r.employerCode);
        s.put(',');
        s.bytes(r.ateco);
        s.put(',');
        s.number(r.atecoVersion);
        s.put(',');
        s.bytes(r.workplaceComune);
        s.put(',');
        if (defect == Defect.BAD_FISCAL_CODE) {
            s.bytes(r.workerCode, r.workerCodeOffset, 15);
            byte check = r.workerCode[r.workerCodeOffset + 15];
            s.put((char) (check == 'Z' ? 'A' : check + 1));
        } else {
            s.bytes(r.workerCode, r.workerCodeOffset, 16);
        }
        s.put(',');
        s.put(r.female ? 'F' : 'M');
        s.put(',');
        Dates.write(s, r.birthDay);
        s.put(',');
        s.bytes(r.citizenship);
        s.put(',');
        s.bytes(r.residenceComune);
        s.put(',');
        s.number(r.isced);
        s.put(',');
        Dates.write(s, r.startDay);
        s.put(',');
        if (defect == Defect.END_BEFORE_START) {
            Dates.write(s, r.startDay - 1 - random.nextInt(30));
        } else if (r.plannedEndDay != EventRow.NONE) {
            Dates.write(s, r.plannedEndDay);
        }
        s.put(',');
        s.bytes(defect == Defect.UNKNOWN_CONTRACT_TYPE ? UNKNOWN_TYPE : r.contractType);
        s.put(',');
        s.bytes(r.workingTime);
        s.put(',');
        s.number(r.weeklyHours);
        s.put(',');
        s.bytes(r.cp2011);
        s.put(',');
        s.bytes(r.ccnl);
        s.put(',');
        if (defect == Defect.IMPOSSIBLE_DATE) {
            s.number(LocalDate.ofEpochDay(r.eventDay).getYear());
            s.ascii("-02-30");
        } else {
            Dates.write(s, r.eventDay);
        }
        s.put(',');
        if (r.extensionEndDay != EventRow.NONE) {
            Dates.write(s, r.extensionEndDay);
        }
        s.put(',');
        if (r.transformationCode != null) {
            s.ascii(r.transformationCode);
        }
        s.put(',');
        if (r.terminationReason != null) {
            s.ascii(r.terminationReason);
        }
        s.put('\n');
    }

    public long rows() {
        return rows;
    }

    public Map<Defect, Long> defects() {
        return defects;
    }

    private void closeCurrent() {
        if (current != null) {
            sink.flush();
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            current = null;
        }
    }

    @Override
    public void close() {
        if (formatter.isAlive()) {
            hand(filling);
            Batch stop = new Batch();
            stop.stop = true;
            hand(stop);
            try {
                formatter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw new IllegalStateException("writing CO events failed: " + failure.getMessage(), failure);
        }
        closeCurrent();
        defectLog.flush();
        try {
            defectStream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
