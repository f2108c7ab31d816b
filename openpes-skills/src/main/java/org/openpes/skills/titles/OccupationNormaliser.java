package org.openpes.skills.titles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.esco.Esco;
import org.openpes.reference.esco.OccupationLabel;
import org.openpes.skills.text.Language;

/**
 * The product's job-title normaliser: one {@link TitleNormaliser} per language over the ESCO occupation and ISCO
 * group labels the product carries, built on first use (about a second each). It reads no CP2011 data.
 */
public final class OccupationNormaliser {
    private final Esco esco;
    private final Map<Language, TitleNormaliser> byLanguage = new EnumMap<>(Language.class);

    public OccupationNormaliser(Esco esco) {
        this.esco = esco;
    }

    /** The {@code k} best occupations or ISCO groups for {@code title} in {@code language}. */
    public List<OccupationMatch> normalise(String title, Language language, int k) {
        if (title == null || title.isBlank()) {
            throw new OpenPesException(ErrorCode.SKL_002, "title");
        }
        if (k < 1 || k > 100) {
            throw new OpenPesException(ErrorCode.SKL_005, "limit", "must be between 1 and 100, got " + k);
        }
        return normaliser(language).rank(title, k);
    }

    synchronized TitleNormaliser normaliser(Language language) {
        return byLanguage.computeIfAbsent(language, this::build);
    }

    private TitleNormaliser build(Language language) {
        List<Label> labels = new ArrayList<>();
        for (OccupationLabel l : esco.occupationLabels()) {
            if (l.lang().equals(language.code())) {
                labels.add(new Label(l.uri() + "#" + labels.size(), l.uri(), l.text()));
            }
        }
        return TitleNormaliser.build(labels, esco.occupationBroader(), new LexicalEncoder(language), Tuning.DEFAULT);
    }
}
