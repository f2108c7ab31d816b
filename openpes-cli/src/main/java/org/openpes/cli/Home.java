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

    /** Where {@code ./openpes demo} generates region {@code region} at {@code scale}. */
    static Path demoRegion(String region, double scale) {
        return dir().resolve("demo-" + region + "-" + scale);
    }

    /** The default demo region (Lombardy, scale 0.05), which the matching commands use when given no region. */
    static Path demoRegion() {
        return demoRegion("03", 0.05);
    }

    static Path database() {
        return dir().resolve("pgdata");
    }
}
