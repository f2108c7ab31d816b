package org.openpes.operational.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the first line of a file that is not UTF-8 text, by decoding it once as a stream (a reader's buffer decodes
 * ahead of the line it returns, so its own error cannot name the line).
 */
final class Utf8Check {
    private Utf8Check() {
    }

    /** The 1-based line of the first byte that is not UTF-8, or 0 when the whole file is UTF-8. */
    static long firstBadLine(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream s = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = s.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult r = decoder.decode(in, out, end);
                line += newlines(out);
                if (r.isError()) {
                    return line;
                }
                in.compact();
            }
        }
        return 0;
    }

    private static long newlines(CharBuffer out) {
        out.flip();
        long n = 0;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                n++;
            }
        }
        out.clear();
        return n;
    }
}
