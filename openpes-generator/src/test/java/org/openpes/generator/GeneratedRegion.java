package org.openpes.generator;

import java.nio.file.Path;
import org.openpes.core.io.TempDirectories;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.reference.ReferenceData;

/** Fixture: Lombardy generated once per test JVM at a small scale, with defects, into a temp directory. */
final class GeneratedRegion {
    static final ReferenceData REF = ReferenceData.load();
    private static GenerationResult lombardy;

    private GeneratedRegion() {
    }

    /** Lombardy 2017–2024 at scale 0.02 (about 560k CO rows), seed 42, 1% defects. */
    static synchronized GenerationResult lombardyAtTwoPercent() throws Exception {
        if (lombardy == null) {
            lombardy = generate(TempDirectories.create("openpes-lombardy"), 42, 0.02, 0.01);
        }
        return lombardy;
    }

    static GenerationResult generate(Path out, long seed, double scale, double defects) {
        GeneratorParams p = new GeneratorParams("03", 2017, 2024, scale, seed, out, defects, flows());
        return new RegionGenerator(REF).generate(p, (f, m) -> { });
    }

    static Path flows() {
        return RealFlows.locate();
    }
}
