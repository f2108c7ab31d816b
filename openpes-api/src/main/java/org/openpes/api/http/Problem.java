package org.openpes.api.http;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per error code; {@code code} repeats the code for
 * clients that do not parse URIs.
 */
public record Problem(String type, String title, int status, String detail, String code, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://openpes.org/problems/";

    public static Problem of(String code, String title, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, instance);
    }
}
