package org.openpes.api.services;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * The pages' message bundles (UTF-8), served as JSON for the pages to take every word from: the operator
 * application's ({@code org/openpes/api/i18n/messages_LANG.properties}, at {@code GET /api/i18n/{lang}}) and the
 * public observatory page's ({@code observatory_LANG.properties}, at {@code GET /api/i18n/observatory/{lang}}).
 */
public final class MessageBundles {
    /** The languages of the operator application: Italian first (the default), then English. */
    public static final List<String> LANGUAGES = List.of("it", "en");
    /** The languages of the public observatory page: those of the NET PES partners too. */
    public static final List<String> OBSERVATORY_LANGUAGES = List.of("it", "en", "fr", "es", "sv", "fi");

    private MessageBundles() {
    }

    /** The bundles, read once (the pages and the printed patto ask for them on every request). */
    private static final Map<String, Map<String, String>> BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The messages of {@code lang} (it, en), unmodifiable. */
    public static Map<String, String> bundle(String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new OpenPesException(ErrorCode.API_002, "lang", "one of " + LANGUAGES);
        }
        return BUNDLES.computeIfAbsent("messages_" + lang, MessageBundles::read);
    }

    /** The observatory page's messages in {@code lang} (it, en, fr, es, sv, fi), unmodifiable. */
    public static Map<String, String> observatory(String lang) {
        if (!OBSERVATORY_LANGUAGES.contains(lang)) {
            throw new OpenPesException(ErrorCode.API_002, "lang", "one of " + OBSERVATORY_LANGUAGES);
        }
        return BUNDLES.computeIfAbsent("observatory_" + lang, MessageBundles::read);
    }

    private static Map<String, String> read(String name) {
        try (InputStream in = MessageBundles.class.getResourceAsStream("/org/openpes/api/i18n/" + name
                + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return java.util.Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void register(JavalinConfig config) {
        config.routes.get("/api/i18n/{lang}", ctx -> ctx.json(bundle(ctx.pathParam("lang"))));
        config.routes.get("/api/i18n/observatory/{lang}", ctx -> ctx.json(observatory(ctx.pathParam("lang"))));
    }
}
