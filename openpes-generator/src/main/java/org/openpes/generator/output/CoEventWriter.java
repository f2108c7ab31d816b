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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openpes.core.co.CoCsvColumns;

/**
 * Writes CO events in the interchange CSV (docs/co-format.md), one file per year of the event date and shard
 * ({@code co/events_YYYY-pK.csv}; hires of positions opened before the first year go to
 * {@code co/events_before_YYYY-pK.csv}). Rows are formatted on the caller's thread into byte chunks; an I/O thread
 * writes the chunks, so only byte buffers cross threads. With a defect rate above zero, a broken record follows some
 * good rows; each is listed in {@code truth/defects-pK.csv}, so that the ground truth can exclude them.
 */
public final class CoEventWriter implements AutoCloseable {
    private static final Defect[] DEFECTS = Defect.values();
    private static final byte[] UNKNOWN_TYPE = "Z.99.99".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long DEFECT_IDS = 900_000_000_000L;
    private static final byte[] V2025 = {'2', '0', '2', '5'};
    private static final byte[] V2007 = {'2', '0', '0', '7'};
    private static final int CHUNK = 1 << 20;

    private final Path dir;
    private final String suffix;
    private final ByteSink sink = new ByteSink();
    private final ByteSink defectLog = new ByteSink();
    private final SplittableRandom random;
    private final double defectRate;
    private final Map<Defect, Long> defects = new EnumMap<>(Defect.class);
    private final EventRow scratch = new EventRow();
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(8);
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(10);
    private final Thread io;
    private final OutputStream defectStream;
    private volatile Throwable failure;
    private OutputStream current;
    private String currentName;
    private long rows;
    private long nextCommunication;
    private long nextDefectCommunication;
    private boolean closed;

    /** Bytes for the current file, then possibly a request to switch file ({@code file != null}) or to stop. */
    private static final class Chunk {
        byte[] bytes = new byte[CHUNK + (1 << 16)];
        int length;
        String file;
        boolean stop;
    }

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
            free.add(new Chunk());
        }
        io = new Thread(this::ioLoop, "co-writer" + suffix);
        io.setDaemon(true);
        io.start();
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
        handOff(name, false);
        sink.ascii(CoCsvColumns.HEADER);
        sink.put('\n');
    }

    /**
     * The row to fill next. It keeps its content after {@link #commit()}, so a caller may commit a row, change a few
     * fields and commit it again (corrections, annulments).
     */
    public EventRow claim() {
        return scratch;
    }

    /** Formats the claimed row (and, at the defect rate, a broken record derived from it) for writing. */
    public void commit() {
        int rowStart = sink.length();
        format(scratch, scratch.communication, null);
        rows++;
        if (defectRate > 0 && random.nextDouble() < defectRate) {
            inject(scratch, rowStart, sink.length());
        }
        if (sink.length() >= CHUNK) {
            handOff(null, false);
        }
    }

    /** Hands the formatted bytes to the I/O thread, then a file switch or stop request if given. */
    private void handOff(String switchTo, boolean stop) {
        if (failure != null) {
            throw new IllegalStateException("writing CO events failed: " + failure.getMessage(), failure);
        }
        try {
            Chunk c = free.poll(60, TimeUnit.SECONDS);
            if (c == null) {
                throw new IllegalStateException("the CO writer thread stopped responding", failure);
            }
            byte[] spare = c.bytes;
            c.bytes = sink.buffer();
            c.length = sink.length();
            c.file = switchTo;
            c.stop = stop;
            sink.reset(spare);
            full.put(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void ioLoop() {
        try {
            while (true) {
                Chunk c = full.take();
                if (c.length > 0) {
                    current.write(c.bytes, 0, c.length);
                }
                if (c.file != null) {
                    closeCurrent();
                    current = new BufferedOutputStream(Files.newOutputStream(dir.resolve(c.file + suffix + ".csv")),
                            1 << 16);
                }
                boolean stop = c.stop;
                c.length = 0;
                c.file = null;
                c.stop = false;
                free.put(c);
                if (stop) {
                    closeCurrent();
                    return;
                }
            }
        } catch (Throwable t) {
            failure = t;
            free.offer(new Chunk());
        }
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
        s.bytes(r.atecoVersion == 2025 ? V2025 : V2007);
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
        s.put((char) ('0' + r.isced));
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
        s.small(r.weeklyHours);
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

    private void closeCurrent() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        handOff(null, true);
        try {
            io.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new IllegalStateException("writing CO events failed: " + failure.getMessage(), failure);
        }
        defectLog.flush();
        try {
            defectStream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
