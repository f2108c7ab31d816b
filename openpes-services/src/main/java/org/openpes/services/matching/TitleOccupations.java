package org.openpes.services.matching;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openpes.skills.SkillsService;

/**
 * The ESCO occupation a job title names in one language, from the skills engine's title normaliser (its French
 * analysis for the MA.R.E. feeds): the best occupation when its score reaches {@code minScore}, else none.
 */
public final class TitleOccupations implements Function<String, Optional<String>> {
    private final SkillsService skills;
    private final String lang;
    private final double minScore;

    public TitleOccupations(SkillsService skills, String lang, double minScore) {
        this.skills = skills;
        this.lang = lang;
        this.minScore = minScore;
    }

    @Override
    public Optional<String> apply(String title) {
        List<SkillsService.NormalisedTitle> found = skills.normalise(title, lang, 3);
        return found.stream().filter(t -> "occupation".equals(t.type()) && t.score() >= minScore)
                .map(SkillsService.NormalisedTitle::uri).findFirst();
    }
}
