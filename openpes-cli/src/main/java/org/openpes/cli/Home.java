package org.openpes.cli;

import java.nio.file.Path;

/** Where OpenPES keeps its local state: {@code $OPENPES_HOME}, else {@code .openpes} in the working directory. */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getenv("OPENPES_HOME");
        return (home == null || home.isBlank() ? Path.of(".openpes") : Path.of(home)).toAbsolutePath().normalize();
    }

    static Path database() {
        return dir().resolve("pgdata");
    }
}
