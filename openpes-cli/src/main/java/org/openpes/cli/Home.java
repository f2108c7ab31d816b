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
}
