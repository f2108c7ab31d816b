package org.openpes.services.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.openpes.reference.ReferenceData;
import org.openpes.services.app.Candidates;
import org.openpes.services.people.PersonId;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.skills.SkillsService;
import org.openpes.skills.match.Match;
import org.openpes.skills.match.MatchOptions;
import org.openpes.skills.match.VacancyProfile;

/**
 * Candidates from the skills engine's matcher over the region's people (the operational database's, see PgRegion),
 * each explained by the skills they hold and lack in ESCO's Italian labels, and the distance.
 */
public final class MatcherCandidates implements Candidates {
    private final SkillsService skills;
    private final ReferenceData ref;

    public MatcherCandidates(SkillsService skills, ReferenceData ref) {
        this.skills = skills;
        this.ref = ref;
    }

    @Override
    public List<Candidate> best(Vacancy v, int k, Predicate<PersonId> admitted) {
        List<Candidate> out = new ArrayList<>();
        for (Match m : skills.candidatesFor(profile(v), Math.min(k, 500), MatchOptions.DEFAULT)) {
            PersonId id = new PersonId(m.seekerId());
            if (admitted.test(id)) {
                out.add(new Candidate(id, m.score(), why(m)));
            }
        }
        return out;
    }

    @Override
    public List<Candidate> bestAmong(Vacancy v, java.util.Collection<PersonId> people, int k) {
        return skills.candidatesAmong(profile(v), people.stream().map(PersonId::value).toList(), Math.min(k, 500),
                MatchOptions.DEFAULT).stream().map(m -> new Candidate(new PersonId(m.seekerId()), m.score(), why(m)))
                .toList();
    }

    private static VacancyProfile profile(Vacancy v) {
        return new VacancyProfile(v.id(), v.employerCode(), v.occupationUri(), v.essentialSkills(), List.of(),
                v.comune(), v.contractType(), v.workingTime(), v.minIsced());
    }

    private String why(Match m) {
        StringBuilder s = new StringBuilder();
        List<String> held = m.explanation().matchedSkills().stream().limit(3).map(this::label).toList();
        if (!held.isEmpty()) {
            s.append("holds ").append(String.join(", ", held));
        }
        List<String> missing = m.explanation().missingEssentialSkills().stream().limit(2).map(this::label).toList();
        if (!missing.isEmpty()) {
            s.append(s.isEmpty() ? "" : "; ").append("lacks ").append(String.join(", ", missing));
        }
        if (m.explanation().distanceKm() != null) {
            s.append(s.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT, "%.0f km", m.explanation()
                    .distanceKm()));
        }
        return s.toString();
    }

    private String label(String uri) {
        return ref.esco().skill(uri).map(sk -> sk.preferredLabel()).orElse(uri);
    }
}
