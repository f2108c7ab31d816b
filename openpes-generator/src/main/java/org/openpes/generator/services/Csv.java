package org.openpes.generator.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Minimal CSV writing for the service files (quoting only when a field needs it). */
final class Csv {
    private Csv() {
    }

    static void row(Writer w, Object... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    w.write(',');
                }
                String f = fields[i] == null ? "" : fields[i].toString();
                if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                    w.write('"');
                    w.write(f.replace("\"", "\"\""));
                    w.write('"');
                } else {
                    w.write(f);
                }
            }
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
