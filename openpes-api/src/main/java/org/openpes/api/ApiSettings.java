package org.openpes.api;

import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * The server's settings, read once from the environment and checked.
 *
 * @param host the interface the server listens on: {@code localhost} unless {@code OPENPES_HTTP_HOST} says otherwise
 *     (a server holding personal records is not exposed on every interface by default)
 * @param disclosureK the disclosure threshold of every published cell ({@code OPENPES_DISCLOSURE_K}, default 3, at
 *     least 2): configuration, never lowered by a caller
 */
public record ApiSettings(String host, int disclosureK) {
    public static final ApiSettings DEFAULTS = new ApiSettings("localhost", 3);

    public ApiSettings {
        if (disclosureK < 2 || disclosureK > 1000) {
            throw new OpenPesException(ErrorCode.API_005, "OPENPES_DISCLOSURE_K", "must be an integer 2..1000");
        }
        if (host == null || host.isBlank()) {
            throw new OpenPesException(ErrorCode.API_005, "OPENPES_HTTP_HOST", "must name an interface");
        }
    }

    public static ApiSettings fromEnvironment(Map<String, String> env) {
        String k = env.getOrDefault("OPENPES_DISCLOSURE_K", Integer.toString(DEFAULTS.disclosureK()));
        int threshold;
        try {
            threshold = Integer.parseInt(k.strip());
        } catch (NumberFormatException e) {
            throw new OpenPesException(ErrorCode.API_005, "OPENPES_DISCLOSURE_K", "must be an integer 2..1000");
        }
        return new ApiSettings(env.getOrDefault("OPENPES_HTTP_HOST", DEFAULTS.host()), threshold);
    }
}
