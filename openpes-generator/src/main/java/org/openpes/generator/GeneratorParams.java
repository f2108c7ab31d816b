package org.openpes.generator;

import java.nio.file.Path;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * What to generate: one region (ISTAT code, 03 = Lombardia), the years, the scale (1.0 = the real volume of CO
 * flows), the seed, the output directory, the rate of injected defects and where the real flows are read from.
 */
public record GeneratorParams(String region, int fromYear, int toYear, double scale, long seed, Path out,
        double defectRate, Path flowsFile) {

    public GeneratorParams {
        if (region == null || !region.matches("0[1-9]|1\\d|20")) {
            throw new OpenPesException(ErrorCode.GEN_001, region);
        }
        if (fromYear > toYear) {
            throw new OpenPesException(ErrorCode.GEN_003, "--from", "<= --to", fromYear);
        }
        if (!(scale > 0 && scale <= 4)) {
            throw new OpenPesException(ErrorCode.GEN_003, "--scale", "in (0, 4]", scale);
        }
        if (!(defectRate >= 0 && defectRate <= 0.5)) {
            throw new OpenPesException(ErrorCode.GEN_003, "--defects", "in [0, 0.5]", defectRate);
        }
    }
}
