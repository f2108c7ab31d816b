package org.openpes.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "delete " + dir.getFileName()));
        return dir;
    }

    /** Deletes a directory and what it holds, as far as it can (a file still in use is left). */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return;
        }
        for (Path p : all) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // left for the system's own clean-up of its temporary directory
            }
        }
    }
}
