package org.openpes.reference.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** The reference files carried inside the product jar, gzipped, under {@code org/openpes/reference/data}. */
final class ClasspathSource implements ReferenceSource {
    private static final String ROOT = "org/openpes/reference/data/";

    @Override
    public InputStream open(String path) throws IOException {
        ClassLoader loader = ClasspathSource.class.getClassLoader();
        InputStream gz = loader.getResourceAsStream(ROOT + path + ".gz");
        if (gz != null) {
            return new GZIPInputStream(gz, 1 << 16);
        }
        InputStream plain = loader.getResourceAsStream(ROOT + path);
        if (plain != null) {
            return new BufferedInputStream(plain, 1 << 16);
        }
        throw new OpenPesException(ErrorCode.REF_001, describe(path));
    }

    @Override
    public boolean exists(String path) {
        ClassLoader loader = ClasspathSource.class.getClassLoader();
        return loader.getResource(ROOT + path + ".gz") != null || loader.getResource(ROOT + path) != null;
    }

    @Override
    public String describe(String path) {
        return "bundled:" + path;
    }
}
