package org.openpes.core.code;

import java.util.regex.Pattern;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/** The URI of an ESCO concept: occupation, skill, ISCO group, skill group or ISCED-F field. */
public record EscoUri(String uri) {
    private static final Pattern SHAPE =
            Pattern.compile("http://data\\.europa\\.eu/esco/(occupation|skill|isco|isced-f)/[A-Za-z0-9.\\-]+");

    public EscoUri {
        if (uri == null || !SHAPE.matcher(uri).matches()) {
            throw new OpenPesException(ErrorCode.VAL_011, "esco_uri", uri);
        }
    }

    public boolean isOccupation() {
        return uri.startsWith("http://data.europa.eu/esco/occupation/");
    }

    public boolean isSkill() {
        return uri.startsWith("http://data.europa.eu/esco/skill/");
    }

    @Override
    public String toString() {
        return uri;
    }
}
