package org.openpes.reference.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where reference files come from: the copy carried inside the product ({@link #bundled()}), or a directory that
 * overrides some of them (a region's own CPI table, a newer ESCO release). Paths are relative, e.g.
 * {@code esco/occupations_en.csv}; a file may be stored plain or gzipped ({@code .gz}).
 */
public interface ReferenceSource {

    /** Opens a file, or throws {@code OPES-REF-001} naming it when it is missing. */
    InputStream open(String path) throws IOException;

    /** True when the file exists in this source. */
    boolean exists(String path);

    /** How error messages name the file, e.g. {@code bundled:esco/skills_en.csv}. */
    String describe(String path);

    static ReferenceSource bundled() {
        return new ClasspathSource();
    }

    /** Files found in {@code dir} win over the bundled ones; the others come from the product. */
    static ReferenceSource overlay(java.nio.file.Path dir) {
        return new OverlaySource(dir, bundled());
    }
}
