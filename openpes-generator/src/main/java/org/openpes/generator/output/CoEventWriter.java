package org.openpes.generator.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openpes.core.co.CoCsvColumns;
import org.openpes.core.co.CoEventType;
import org.openpes.core.co.CommunicationKind;

/**
 * Writes CO events in the interchange CSV (docs/co-format.md), one file per year of the event date and shard
 * ({@code co/events_YYYY-pK.csv}; hires of positions opened before the first year go to
 * {@code co/events_before_YYYY-pK.csv}). Rows are formatted on the caller's thread into byte chunks; an I/O thread
 * writes the chunks, so only byte buffers cross threads. With a defect rate above zero, a broken record follows some
 * good rows; each is listed in {@code truth/defects-pK.csv}, so that the ground truth can exclude them.
 */
public final class CoEventWriter implements AutoCloseable {
    private static final Defect[] DEFECTS = Defect.values();
    private static final byte[] UNKNOWN_TYPE = ascii("Z.99.99");
    private static final long DEFECT_IDS = 900_000_000_000L;
    private static final int CHUNK = 1 << 20;
    /**
     * Room made before a row: more than the longest row (14 dates and codes of at most 16 bytes, 27 commas, and
     * short free codes: transformation, termination reason, CCNL).
     */
    private static final int MAX_ROW = 1024;
    private static final byte[] UL = ascii(",UL,");
    private static final byte[][] TYPES = Arrays.stream(CoEventType.values()).map(t -> ascii(t.name()))
            .toArray(byte[][]::new);
    private static final byte[][] KINDS = Arrays.stream(CommunicationKind.values()).map(k -> ascii(k.name()))
            .toArray(byte[][]::new);

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

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
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
                    current = DirectOutput.open(dir.resolve(c.file + suffix + ".csv"));
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
        defectLog.ensure(14);
        defectLog.truncate(communication(defectLog.buffer(), defectLog.length(), id));
        defectLog.put(',');
        defectLog.ascii(d.name());
        defectLog.put('\n');
    }

    /**
     * Formats {@code r} as one CSV row with communication id {@code id}, broken as {@code defect} says (or not, when
     * null). The row is bounded: fixed-width codes and dates, plus a few short codes.
     */
    private void format(EventRow r, long id, Defect defect) {
        sink.ensure(MAX_ROW);
        byte[] b = sink.buffer();
        int p = sink.length();
        p = communication(b, p, id);
        b[p++] = ',';
        p = Bytes.put(b, p, TYPES[r.type.ordinal()]);
        b[p++] = ',';
        p = Bytes.put(b, p, KINDS[r.kind.ordinal()]);
        b[p++] = ',';
        if (r.corrects >= 0) {
            p = communication(b, p, r.corrects);
        }
        b[p++] = ',';
        p = Dates.write(b, p, r.sendingDay);
        p = Bytes.put(b, p, UL);
        p = Bytes.put(b, p, r.employer, r.employerAt + 1, r.employer[r.employerAt]);
        b[p++] = ',';
        p = Bytes.put(b, p, r.workerCode, r.workerCodeOffset, 16);
        if (defect == Defect.BAD_FISCAL_CODE) {
            byte check = b[p - 1];
            b[p - 1] = (byte) (check == 'Z' ? 'A' : check + 1);
        }
        b[p++] = ',';
        b[p++] = (byte) (r.female ? 'F' : 'M');
        b[p++] = ',';
        p = Dates.write(b, p, r.birthDay);
        b[p++] = ',';
        p = Bytes.put(b, p, r.citizenship);
        b[p++] = ',';
        p = Bytes.put(b, p, r.residenceComune);
        b[p++] = ',';
        b[p++] = (byte) ('0' + r.isced);
        b[p++] = ',';
        p = Dates.write(b, p, r.startDay);
        b[p++] = ',';
        if (defect == Defect.END_BEFORE_START) {
            p = Dates.write(b, p, r.startDay - 1 - random.nextInt(30));
        } else if (r.plannedEndDay != EventRow.NONE) {
            p = Dates.write(b, p, r.plannedEndDay);
        }
        b[p++] = ',';
        p = Bytes.put(b, p, defect == Defect.UNKNOWN_CONTRACT_TYPE ? UNKNOWN_TYPE : r.contractType);
        b[p++] = ',';
        p = Bytes.put(b, p, r.workingTime);
        b[p++] = ',';
        p = Bytes.small(b, p, r.weeklyHours);
        b[p++] = ',';
        p = Bytes.put(b, p, r.cp2011);
        b[p++] = ',';
        p = Bytes.put(b, p, r.ccnl);
        b[p++] = ',';
        if (defect == Defect.IMPOSSIBLE_DATE) {
            p = Bytes.digits(b, p, LocalDate.ofEpochDay(r.eventDay).getYear(), 4);
            p = Bytes.ascii(b, p, "-02-30");
        } else {
            p = Dates.write(b, p, r.eventDay);
        }
        b[p++] = ',';
        if (r.extensionEndDay != EventRow.NONE) {
            p = Dates.write(b, p, r.extensionEndDay);
        }
        b[p++] = ',';
        if (r.transformationCode != null) {
            p = Bytes.ascii(b, p, r.transformationCode);
        }
        b[p++] = ',';
        if (r.terminationReason != null) {
            p = Bytes.ascii(b, p, r.terminationReason);
        }
        b[p++] = '\n';
        sink.truncate(p);
    }

    /** A communication id: CO and 12 digits. */
    private static int communication(byte[] b, int p, long id) {
        b[p] = 'C';
        b[p + 1] = 'O';
        return Bytes.digits(b, p + 2, id, 12);
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
