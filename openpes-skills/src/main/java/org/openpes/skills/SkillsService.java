package org.openpes.skills;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.esco.OccupationSkill;
import org.openpes.skills.extract.LexicalSkillExtractor;
import org.openpes.skills.extract.SkillExtractor;
import org.openpes.skills.extract.SkillMention;
import org.openpes.skills.match.Match;
import org.openpes.skills.match.MatchOptions;
import org.openpes.skills.match.MatchingService;
import org.openpes.skills.match.FolderRegion;
import org.openpes.skills.match.RegionSource;
import org.openpes.skills.match.VacancyProfile;
import org.openpes.skills.text.Language;
import org.openpes.skills.titles.OccupationMatch;
import org.openpes.skills.titles.OccupationNormaliser;
import org.openpes.skills.training.TrainingPath;
import org.openpes.skills.training.TrainingPlanner;
import org.openpes.skills.transitions.Transitions;

/**
 * The skills capability behind the CLI and the REST API: title normalisation, skill extraction, matching both
 * ways, transitions and training paths. Matching and training need a region's seekers, vacancies and courses (the
 * operational database's, or a region folder's); without one those calls answer OPES-SKL-004.
 */
public final class SkillsService {
    private final ReferenceData reference;
    private final OccupationNormaliser normaliser;
    private final Transitions transitions;
    private final MatchingService matching;
    private final TrainingPlanner planner;
    private SkillExtractor extractor;

    /** A normalised title: the concept, its labels in the query language and English, score, matched label. */
    public record NormalisedTitle(String uri, String type, String label, String labelEn, double score,
            String matchedLabel) {
    }

    /** Normalisation, extraction and transitions between occupations only: no region. */
    public static SkillsService withoutRegion(ReferenceData reference) {
        return new SkillsService(reference, (RegionSource) null);
    }

    /** Over a region folder (the command line's), or with no region when {@code region} is null. */
    public SkillsService(ReferenceData reference, Path region) {
        this(reference, region == null ? null : new FolderRegion(region));
    }

    /** Over a region's records (the operational database's, for the server), or with no region when null. */
    public SkillsService(ReferenceData reference, RegionSource region) {
        this.reference = reference;
        this.normaliser = new OccupationNormaliser(reference.esco());
        this.transitions = new Transitions(reference.esco());
        if (region != null) {
            this.matching = MatchingService.from(region, reference);
            this.planner = new TrainingPlanner(region.courses());
        } else {
            this.matching = null;
            this.planner = null;
        }
    }

    public List<NormalisedTitle> normalise(String title, String lang, int limit) {
        Language language = Language.of("lang", lang);
        List<NormalisedTitle> out = new ArrayList<>();
        for (OccupationMatch m : normaliser.normalise(title, language, limit)) {
            Map<String, String> labels = reference.esco().preferredLabels(m.uri());
            out.add(new NormalisedTitle(m.uri(), m.uri().contains("/isco/") ? "isco-group" : "occupation",
                    labels.getOrDefault(language.code(), m.matchedLabel()), labels.get("en"),
                    Math.round(m.score() * 10000) / 10000.0, m.matchedLabel()));
        }
        return out;
    }

    public synchronized List<SkillMention> extract(String text, int limit) {
        if (limit < 1 || limit > 100) {
            throw new OpenPesException(ErrorCode.SKL_005, "limit", "must be between 1 and 100, got " + limit);
        }
        if (extractor == null) {
            extractor = new LexicalSkillExtractor(reference.esco());
        }
        return extractor.extract(text, limit);
    }

    public List<Match> candidatesFor(String vacancyId, int limit, MatchOptions options) {
        return region().candidatesFor(vacancyId, limit, options);
    }

    /** Candidates for a vacancy that the region's index does not hold (written after the server started). */
    public List<Match> candidatesFor(VacancyProfile vacancy, int limit, MatchOptions options) {
        return region().candidatesFor(vacancy, limit, options);
    }

    /** The best of a given set of seekers for a vacancy (ids the region does not hold are left out). */
    public List<Match> candidatesAmong(VacancyProfile vacancy, java.util.Collection<String> seekerIds, int limit,
            MatchOptions options) {
        return region().candidatesAmong(vacancy, seekerIds, limit, options);
    }

    public List<Match> vacanciesFor(String seekerId, int limit, MatchOptions options) {
        return region().vacanciesFor(seekerId, limit, options);
    }

    /** Transitions from an occupation; with a province code, only occupations with vacancies there. */
    public List<Transitions.Transition> transitions(String occupationUri, int limit, String province) {
        return transitions.from(occupationUri, limit, inDemand(province));
    }

    /**
     * Transitions for a person: occupations ranked by the similarity of their skills to the seeker's (declared and
     * implied), with the gap of each, leaving out their last occupation; with a province code, only occupations with
     * vacancies there.
     */
    public List<Transitions.Transition> transitionsForSeeker(String seekerId, int limit, String province) {
        Set<String> held = region().skillsOf(seekerId)
                .orElseThrow(() -> new OpenPesException(ErrorCode.SKL_004, "seeker", seekerId));
        Set<String> current = region().lastOccupationOf(seekerId).map(Set::of).orElse(Set.of());
        return transitions.fromSkills(held, current, limit, inDemand(province));
    }

    private Predicate<String> inDemand(String province) {
        if (province == null || province.isBlank()) {
            return o -> true;
        }
        Set<String> wanted = new HashSet<>();
        for (VacancyProfile v : region().vacancies().values()) {
            reference.territories().comune(v.comune()).filter(c -> c.provinceCode().equals(province)
                    || c.historicalProvinceCode().equals(province)).ifPresent(c -> wanted.add(v.occupationUri()));
        }
        return wanted::contains;
    }

    /** A training path from a seeker to an occupation or to a vacancy's essential skills. */
    public TrainingPath training(String seekerId, String occupationUri, String vacancyId) {
        Set<String> held = region().skillsOf(seekerId)
                .orElseThrow(() -> new OpenPesException(ErrorCode.SKL_004, "seeker", seekerId));
        List<String> target;
        if (vacancyId != null && !vacancyId.isBlank()) {
            VacancyProfile v = matching.vacancies().get(vacancyId);
            if (v == null) {
                throw new OpenPesException(ErrorCode.SKL_004, "vacancy", vacancyId);
            }
            target = v.essentialSkills();
        } else if (occupationUri != null && !occupationUri.isBlank()) {
            if (reference.esco().occupation(occupationUri).isEmpty()) {
                throw new OpenPesException(ErrorCode.SKL_004, "occupation", occupationUri);
            }
            target = reference.esco().skillsOf(occupationUri).stream().filter(OccupationSkill::essential)
                    .map(OccupationSkill::skillUri).toList();
        } else {
            throw new OpenPesException(ErrorCode.SKL_005, "target", "give an occupation URI or a vacancy id");
        }
        return planner.plan(held, target,
                uri -> reference.esco().skill(uri).map(s -> s.preferredLabel()).orElse(uri));
    }

    private MatchingService region() {
        if (matching == null) {
            throw new OpenPesException(ErrorCode.SKL_004, "region",
                    "none loaded (serve or run with a region folder: seekers, vacancies, courses)");
        }
        return matching;
    }
}
