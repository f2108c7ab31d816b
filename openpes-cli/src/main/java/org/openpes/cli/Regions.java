package org.openpes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** The region folder a command works on: the one given, or the demo region in $OPENPES_HOME. */
final class Regions {
    private Regions() {
    }

    static Path orDemo(Path given) {
        Path dir = given != null ? given : Home.demoRegion();
        if (!Files.isRegularFile(dir.resolve("seekers.csv"))) {
            throw new OpenPesException(ErrorCode.SKL_005, "--region", dir + " has no seekers.csv (run ./openpes demo "
                    + "or ./openpes generate first)");
        }
        return dir;
    }
}
