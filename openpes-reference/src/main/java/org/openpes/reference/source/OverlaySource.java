package org.openpes.reference.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** A directory whose files replace the bundled ones of the same relative path. */
final class OverlaySource implements ReferenceSource {
    private final Path dir;
    private final ReferenceSource fallback;

    OverlaySource(Path dir, ReferenceSource fallback) {
        this.dir = dir;
        this.fallback = fallback;
    }

    @Override
    public InputStream open(String path) throws IOException {
        Path plain = dir.resolve(path);
        Path gz = dir.resolve(path + ".gz");
        if (Files.isRegularFile(plain)) {
            return new BufferedInputStream(Files.newInputStream(plain), 1 << 16);
        }
        if (Files.isRegularFile(gz)) {
            return new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
        }
        return fallback.open(path);
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(dir.resolve(path)) || Files.isRegularFile(dir.resolve(path + ".gz"))
                || fallback.exists(path);
    }

    @Override
    public String describe(String path) {
        Path plain = dir.resolve(path);
        if (Files.isRegularFile(plain)) {
            return plain.toString();
        }
        Path gz = dir.resolve(path + ".gz");
        return Files.isRegularFile(gz) ? gz.toString() : fallback.describe(path);
    }
}
