package org.openpes.skills.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the abbreviations of job titles ("resp. amm.vo" → "responsabile amministrativo") from the table
 * {@code abbreviations.tsv} carried in the product. Only whole words are expanded, with or without a final dot.
 */
public final class Abbreviations {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.[\\p{L}]+)*\\.?");
    private static final Map<Language, Map<String, String>> TABLE = load();

    private Abbreviations() {
    }

    public static String expand(String text, Language language) {
        Map<String, String> table = TABLE.get(language);
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String word = m.group();
            String key = (word.endsWith(".") ? word.substring(0, word.length() - 1) : word).toLowerCase(Locale.ROOT);
            String expansion = table.get(key);
            m.appendReplacement(out, Matcher.quoteReplacement(expansion != null ? expansion : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, new HashMap<>());
        }
        try (InputStream in = Abbreviations.class.getResourceAsStream("/org/openpes/skills/abbreviations.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("abbreviations.tsv line " + n + ": expected 3 tab-separated fields");
                }
                out.get(Language.of("abbreviations.tsv line " + n, f[0])).put(f[1].toLowerCase(Locale.ROOT), f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
