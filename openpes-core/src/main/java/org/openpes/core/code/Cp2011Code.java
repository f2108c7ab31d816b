package org.openpes.core.code;

import java.util.regex.Pattern;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** An ISTAT CP2011 occupation code, levels 1 to 5 (e.g. 2, 2.1, 2.1.1, 2.1.1.4, 2.1.1.4.1). */
public record Cp2011Code(String code) {
    private static final Pattern SHAPE = Pattern.compile("\\d(\\.\\d{1,2}){0,4}");

    public Cp2011Code {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new OpenPesException(ErrorCode.VAL_010, "cp2011", code);
        }
    }

    public int level() {
        return code.split("\\.").length;
    }

    /** The code truncated to {@code level} (1..5). */
    public Cp2011Code atLevel(int level) {
        String[] parts = code.split("\\.");
        return new Cp2011Code(String.join(".", java.util.Arrays.copyOf(parts, Math.min(level, parts.length))));
    }

    @Override
    public String toString() {
        return code;
    }
}
