package org.openpes.generator.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file written with direct I/O ({@code O_DIRECT}): the bytes go from an aligned buffer to the disk without being
 * copied into the page cache and written back later. The generator writes gigabytes that nobody reads at once; the
 * page-cache copy was the largest single cost in its profile (docs/benchmarks.md, session 9). Where the file system
 * refuses direct I/O (tmpfs, for one), {@link #open} returns an ordinary buffered stream: same bytes, slower.
 */
public final class DirectOutput extends OutputStream {
    /** Alignment of the buffer, of every write's position and length: a multiple of every disk's logical block. */
    private static final int ALIGN = 4096;
    private static final int BUFFER = 4 << 20;

    private final FileChannel channel;
    private final ByteBuffer buffer;
    private long written;
    private boolean closed;

    private DirectOutput(FileChannel channel) {
        this.channel = channel;
        this.buffer = ByteBuffer.allocateDirect(BUFFER + ALIGN).alignedSlice(ALIGN);
    }

    /** Creates (or truncates) {@code file} for writing, with direct I/O where the file system allows it. */
    public static OutputStream open(Path file) throws IOException {
        try {
            return new DirectOutput(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, com.sun.nio.file.ExtendedOpenOption.DIRECT));
        } catch (IOException | UnsupportedOperationException e) {
            return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (!buffer.hasRemaining()) {
            drain();
        }
        buffer.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int done = 0; done < len; ) {
            if (!buffer.hasRemaining()) {
                drain();
            }
            int n = Math.min(len - done, buffer.remaining());
            buffer.put(b, off + done, n);
            done += n;
        }
    }

    /** Writes the whole (full) buffer at the current, aligned position. */
    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            written += channel.write(buffer);
        }
        buffer.clear();
    }

    /**
     * Writes what is left padded with zeros to a whole block, as direct I/O requires, then cuts the file to its real
     * length.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            long length = written + buffer.position();
            while (buffer.position() % ALIGN != 0) {
                buffer.put((byte) 0);
            }
            drain();
            channel.truncate(length);
        }
    }
}
