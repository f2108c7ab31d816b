package org.openpes.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's {@code ./openpes} script, for benchmarks that run a command exactly as a user would: the script
 * picks the JVM options, so the benchmark measures those options.
 */
final class Launcher {
    private Launcher() {
    }

    /** The project's root: this jar is ROOT/openpes-cli/target/openpes.jar. */
    static Path root() {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ./openpes ARGS...} as a command line. */
    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(root().resolve("openpes").toString());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
