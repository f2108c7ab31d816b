package org.openpes.cli;

import java.nio.file.Path;

/** Where OpenPES keeps its local state ({@link Configuration#home()}) and what it keeps there. */
final class Home {
    private Home() {
    }

    static Path dir() {
        return Configuration.current().home();
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

    /**
     * The key of the CO pseudonyms: the configured one ({@code OPENPES_PSEUDONYM_KEY}), else the one that
     * {@code ./openpes demo} made in this home, if any.
     */
    static java.util.Optional<String> pseudonymKey() {
        java.util.Optional<String> configured = Configuration.current().pseudonymKey();
        Path demo = dir().resolve("pseudonym.key");
        if (configured.isPresent() || !java.nio.file.Files.isRegularFile(demo)) {
            return configured;
        }
        try {
            return java.util.Optional.of(java.nio.file.Files.readString(demo).strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
