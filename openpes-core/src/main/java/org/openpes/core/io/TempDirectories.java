package org.openpes.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary directories that go away, with what they hold, when the JVM exits: for fixtures that several tests share
 * (a generated region, a store), which JUnit's per-test directories cannot hold.
 */
public final class TempDirectories {
    private TempDirectories() {
    }

    /** A new directory under the system's temporary directory, deleted when the JVM exits. */
    public static Path create(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Trees.deleteWhatCan(dir), "delete " + dir.getFileName()));
        return dir;
    }
}
