package org.openpes.operational.db;

import java.nio.file.Path;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * Where the operational records live. Without a URL, an embedded PostgreSQL is started with its data in
 * {@code dataDir}; with {@code OPENPES_DB_URL} (and {@code OPENPES_DB_USER}, {@code OPENPES_DB_PASSWORD}) an external
 * server is used. Nothing else changes between the two.
 */
public record DatabaseSettings(String url, String user, String password, Path dataDir) {

    /** Reads the settings from the environment, with the embedded database in {@code defaultDataDir}. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env, Path defaultDataDir) {
        String url = env.get("OPENPES_DB_URL");
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new OpenPesException(ErrorCode.API_005, "OPENPES_DB_URL", "must start with jdbc:postgresql:");
            }
            return new DatabaseSettings(url, env.getOrDefault("OPENPES_DB_USER", "postgres"),
                    env.getOrDefault("OPENPES_DB_PASSWORD", ""), null);
        }
        return embedded(defaultDataDir);
    }

    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(null, "postgres", "", dataDir);
    }

    public boolean isEmbedded() {
        return url == null;
    }
}
