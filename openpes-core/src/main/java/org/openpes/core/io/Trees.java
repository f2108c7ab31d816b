package org.openpes.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deleting a directory with what it holds. */
public final class Trees {
    private Trees() {
    }

    /** Deletes {@code dir} and what it holds (nothing when it does not exist); fails at the first file it cannot. */
    public static void delete(Path dir) throws IOException {
        for (Path p : contentsFirst(dir)) {
            Files.delete(p);
        }
    }

    /** Deletes what it can of {@code dir} and what it holds (a file still in use is left): for clean-ups at exit. */
    public static void deleteWhatCan(Path dir) {
        try {
            for (Path p : contentsFirst(dir)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's own clean-up of its temporary directory
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the directory went away meanwhile, or cannot be read: nothing more to do
        }
    }

    /** The directory's files and directories, each after what it holds; none when it does not exist. */
    private static List<Path> contentsFirst(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted(Comparator.reverseOrder()).toList();
        }
    }
}
