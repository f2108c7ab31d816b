package org.openpes.services.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openpes.services.crossborder.Feed;
import org.openpes.services.crossborder.FeedError;
import org.openpes.services.crossborder.FeedRow;

/**
 * Reads a MA.R.E. vacancy feed (docs/formats/mare-feed.md) from its JSON bytes into a {@link Feed}: text as text,
 * never a value guessed from another type; a field the format does not have is an error (a misspelt field would
 * otherwise be silently empty); text that is not JSON, or is cut short, is one error for the whole feed.
 */
public final class MareFeedReader {
    /** The largest feed accepted, in bytes. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final Set<String> HEADER = Set.of("format", "source", "country", "extracted_on", "vacancies");
    private static final Set<String> FIELDS = Set.of("id", "title", "description", "esco_occupation", "esco_skills",
            "nuts3", "place", "languages", "contract", "hours_per_week", "published_on", "closes_on");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1_000_000).build()).build());

    private MareFeedReader() {
    }

    /** The demonstration feed carried in the product (written for OpenPES: twelve vacancies of the French Alps and Riviera). */
    public static Feed demo() {
        try (var in = MareFeedReader.class.getResourceAsStream("demo-feed-fr.json")) {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Feed read(byte[] body) {
        if (body.length > MAX_BYTES) {
            return Feed.unreadable(new FeedError(0, "", "feed", "larger than " + MAX_BYTES / 1024 / 1024 + " MB"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return Feed.unreadable(new FeedError(0, "", "feed", "not valid JSON" + where + " (cut short, or not JSON)"));
        } catch (IOException e) {
            return Feed.unreadable(new FeedError(0, "", "feed", "could not be read"));
        }
        if (root == null || !root.isObject()) {
            return Feed.unreadable(new FeedError(0, "", "feed", "a JSON object with format, source, country, "
                    + "extracted_on and vacancies"));
        }
        List<FeedError> errors = new ArrayList<>();
        unknown(root, HEADER, 0, "", errors);
        List<FeedRow> rows = new ArrayList<>();
        JsonNode list = root.get("vacancies");
        if (list != null && !list.isArray()) {
            errors.add(new FeedError(0, "", "vacancies", "a list of vacancies"));
        } else if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                row(list.get(i), i + 1, errors).ifPresent(rows::add);
            }
        }
        return new Feed(text(root, "format", 0, "", errors), text(root, "source", 0, "", errors),
                text(root, "country", 0, "", errors), text(root, "extracted_on", 0, "", errors), rows, errors);
    }

    private static java.util.Optional<FeedRow> row(JsonNode v, int n, List<FeedError> errors) {
        if (!v.isObject()) {
            errors.add(new FeedError(n, "", "vacancy", "a JSON object"));
            return java.util.Optional.empty();
        }
        int before = errors.size();
        String id = v.path("id").isTextual() ? clip(v.get("id").asText()) : "";
        unknown(v, FIELDS, n, id, errors);
        List<String> skills = null;
        JsonNode s = v.get("esco_skills");
        if (s != null && !s.isNull()) {
            if (!s.isArray()) {
                errors.add(new FeedError(n, id, "esco_skills", "a list of ESCO skill URIs"));
            } else {
                skills = new ArrayList<>();
                for (JsonNode k : s) {
                    if (!k.isTextual()) {
                        errors.add(new FeedError(n, id, "esco_skills", "a list of ESCO skill URIs (text)"));
                        break;
                    }
                    skills.add(k.asText());
                }
            }
        }
        List<String[]> languages = null;
        JsonNode l = v.get("languages");
        if (l != null && !l.isNull()) {
            if (!l.isArray()) {
                errors.add(new FeedError(n, id, "languages", "a list of {code, level}"));
            } else {
                languages = new ArrayList<>();
                for (JsonNode x : l) {
                    if (!x.isObject() || !x.path("code").isTextual() || !x.path("level").isTextual() || x.size() != 2) {
                        errors.add(new FeedError(n, id, "languages", "each one {\"code\": \"fr\", \"level\": \"B1\"}"));
                        break;
                    }
                    languages.add(new String[] {x.get("code").asText(), x.get("level").asText()});
                }
            }
        }
        Integer hours = null;
        JsonNode h = v.get("hours_per_week");
        if (h != null && !h.isNull()) {
            if (!h.isIntegralNumber() || !h.canConvertToInt()) {
                errors.add(new FeedError(n, id, "hours_per_week", "a whole number"));
            } else {
                hours = h.asInt();
            }
        }
        FeedRow row = new FeedRow(n, text(v, "id", n, id, errors), text(v, "title", n, id, errors),
                text(v, "description", n, id, errors), text(v, "esco_occupation", n, id, errors), skills,
                text(v, "nuts3", n, id, errors), text(v, "place", n, id, errors), languages,
                text(v, "contract", n, id, errors), hours, text(v, "published_on", n, id, errors),
                text(v, "closes_on", n, id, errors));
        return errors.size() == before ? java.util.Optional.of(row) : java.util.Optional.empty();
    }

    private static void unknown(JsonNode o, Set<String> known, int n, String id, List<FeedError> errors) {
        o.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                errors.add(new FeedError(n, id, clip(f), "not a field of " + Feed.FORMAT));
            }
        });
    }

    private static String text(JsonNode o, String field, int n, String id, List<FeedError> errors) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            errors.add(new FeedError(n, id, field, "text (a JSON string)"));
            return null;
        }
        return v.asText();
    }

    private static String clip(String s) {
        String c = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return c.replaceAll("\\p{Cntrl}", "?");
    }
}
