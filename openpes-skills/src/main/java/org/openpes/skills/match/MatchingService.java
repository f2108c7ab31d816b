package org.openpes.skills.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.source.ReferenceSource;

/**
 * Two-way matching with explanations over one region's seekers and vacancies: ranked candidates for a vacancy
 * (exact top k through {@link CandidateRanker}), ranked vacancies for a seeker (every vacancy scored, with the
 * fairness cap), both scored by the same {@link Factors} and {@link Weights}.
 */
public final class MatchingService {
    private final SkillSpace space;
    private final Codes codes;
    private final Weights weights;
    private final SeekerStore store;
    private final Map<String, VacancyProfile> vacancies;
    private final CandidateRanker ranker;
    /** Every vacancy compiled once, without per-request filters (seeker → vacancies scores them all). */
    private volatile List<VacancyQuery> compiled;

    MatchingService(SkillSpace space, Codes codes, Weights weights, SeekerStore store,
            Map<String, VacancyProfile> vacancies) {
        this.space = space;
        this.codes = codes;
        this.weights = weights;
        this.store = store;
        this.vacancies = vacancies;
        this.ranker = new CandidateRanker(store, weights, codes.geography());
    }

    /** Loads a region folder (seekers, vacancies and their skills). */
    public static MatchingService fromRegion(Path dir, ReferenceData reference) {
        return from(new FolderRegion(dir), reference);
    }

    /** Loads a region's seekers (their skills completed from their occupations) and vacancies from a source. */
    public static MatchingService from(RegionSource source, ReferenceData reference) {
        Context c = new Context(reference);
        SeekerStore.Builder b = c.builder();
        org.openpes.reference.OccupationSkills implied = new org.openpes.reference.OccupationSkills(reference);
        source.seekers((s, earlier) -> b.add(RegionProfiles.withImpliedSkills(s, earlier, implied)));
        return new MatchingService(c.space, c.codes, Weights.DEFAULT, b.build(), source.vacancies());
    }

    /** The shared, reference-derived parts; one per process is enough. */
    public static final class Context {
        final SkillSpace space;
        final Codes codes;

        public Context(ReferenceData reference) {
            this.space = new SkillSpace(reference.esco());
            this.codes = new Codes(reference, new Geography(reference.territories(), ReferenceSource.bundled()));
        }

        public SeekerStore.Builder builder() {
            return new SeekerStore.Builder(space, codes);
        }

        public MatchingService service(SeekerStore store, Map<String, VacancyProfile> vacancies) {
            return new MatchingService(space, codes, Weights.DEFAULT, store, vacancies);
        }
    }

    public int seekers() {
        return store.size();
    }

    public Map<String, VacancyProfile> vacancies() {
        return vacancies;
    }

    public SeekerStore store() {
        return store;
    }

    /** The {@code k} best candidates for a vacancy, each explained. */
    public List<Match> candidatesFor(String vacancyId, int k, MatchOptions options) {
        return candidates(query(vacancyId, options), k);
    }

    /** The {@code k} best candidates for a vacancy given whole (one written after this index was built). */
    public List<Match> candidatesFor(VacancyProfile vacancy, int k, MatchOptions options) {
        return candidates(new VacancyQuery(vacancy, space, codes, options.maxKm(), options.requiredLicence()), k);
    }

    /**
     * The {@code k} best of the seekers {@code seekerIds} for a vacancy, scored one by one (for a small set chosen
     * by other rules: people who declared mobility abroad); ids the region does not hold are left out.
     */
    public List<Match> candidatesAmong(VacancyProfile vacancy, java.util.Collection<String> seekerIds, int k,
            MatchOptions options) {
        checkK(k);
        VacancyQuery q = new VacancyQuery(vacancy, space, codes, options.maxKm(), options.requiredLicence());
        List<double[]> scored = new ArrayList<>();
        for (String id : seekerIds) {
            int p = store.indexOf(id);
            if (p >= 0) {
                long[] bits = q.credits(store.skills, store.skillStart[p], store.skillStart[p + 1]);
                double s = Factors.score(q, store, p, q.coverage(bits[0], bits[1]), weights, codes.geography(), null);
                if (s >= 0) {
                    scored.add(new double[] {s, p});
                }
            }
        }
        scored.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, scored.size()); i++) {
            out.add(explain(q, (int) scored.get(i)[1], i + 1));
        }
        return out;
    }

    private List<Match> candidates(VacancyQuery q, int k) {
        int[] rows = ranker.top(q, checkK(k)).rows();
        List<Match> out = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            out.add(explain(q, rows[i], i + 1));
        }
        return out;
    }

    /** Candidate rows only (no explanation), through the indexed path: what the benchmark times. */
    public CandidateRanker.Ranking rankRows(VacancyProfile v, int k) {
        return ranker.top(new VacancyQuery(v, space, codes, 0, null), k);
    }

    /** Candidate rows by scoring every profile: the benchmark's baseline. */
    public CandidateRanker.Ranking bruteForceRows(VacancyProfile v, int k) {
        return ranker.bruteForce(new VacancyQuery(v, space, codes, 0, null), k);
    }

    /** The score of seeker row {@code p} for a vacancy, or -1 when a hard filter excludes the pair. */
    public double score(VacancyProfile v, int p) {
        VacancyQuery q = new VacancyQuery(v, space, codes, 0, null);
        long[] bits = q.credits(store.skills, store.skillStart[p], store.skillStart[p + 1]);
        return Factors.score(q, store, p, q.coverage(bits[0], bits[1]), weights, codes.geography(), null);
    }

    /**
     * The quality baseline: seekers whose last occupation is the vacancy's, nearest first (ties: file order).
     * Seekers outside their commuting radius are kept, as a plain occupation search would.
     */
    public int[] sameOccupationNearest(VacancyProfile v, int k) {
        VacancyQuery q = new VacancyQuery(v, space, codes, 0, null);
        List<double[]> hits = new ArrayList<>();
        for (int p = 0; p < store.size(); p++) {
            if (q.occupation >= 0 && store.occupation[p] == q.occupation) {
                double km = Factors.km(q, store, p, codes.geography());
                hits.add(new double[] {Double.isNaN(km) ? Double.MAX_VALUE : km, p});
            }
        }
        hits.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        return hits.stream().limit(k).mapToInt(h -> (int) h[1]).toArray();
    }

    /** The {@code k} best vacancies for a seeker, each explained, at most {@code maxPerEmployer} per employer. */
    public List<Match> vacanciesFor(String seekerId, int k, MatchOptions options) {
        int p = store.indexOf(seekerId);
        if (p < 0) {
            throw new OpenPesException(ErrorCode.SKL_004, "seeker", seekerId);
        }
        checkK(k);
        List<VacancyQuery> queries = new ArrayList<>(vacancies.size());
        List<double[]> scored = new ArrayList<>();
        for (VacancyQuery base : compiled()) {
            VacancyQuery q = base.withFilters(options.maxKm(), options.requiredLicence());
            long[] bits = q.credits(store.skills, store.skillStart[p], store.skillStart[p + 1]);
            double s = Factors.score(q, store, p, q.coverage(bits[0], bits[1]), weights, codes.geography(), null);
            if (s >= 0) {
                scored.add(new double[] {s, queries.size()});
                queries.add(q);
            }
        }
        scored.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        Map<String, Integer> perEmployer = new HashMap<>();
        List<Match> out = new ArrayList<>(k);
        for (double[] s : scored) {
            VacancyQuery q = queries.get((int) s[1]);
            int taken = perEmployer.merge(q.vacancy.employerCode(), 1, Integer::sum);
            if (options.maxPerEmployer() > 0 && taken > options.maxPerEmployer()) {
                continue;
            }
            out.add(explain(q, p, out.size() + 1));
            if (out.size() == k) {
                break;
            }
        }
        return out;
    }

    private List<VacancyQuery> compiled() {
        List<VacancyQuery> c = compiled;
        if (c == null) {
            c = vacancies.values().stream().map(v -> new VacancyQuery(v, space, codes, 0, null)).toList();
            compiled = c;
        }
        return c;
    }

    /** A seeker's last ESCO occupation, or empty when unknown (or the seeker is). */
    public java.util.Optional<String> lastOccupationOf(String seekerId) {
        int p = store.indexOf(seekerId);
        return p < 0 ? java.util.Optional.empty() : java.util.Optional.ofNullable(codes.occupationUri(store.occupation[p]));
    }

    /** The ESCO skill URIs a seeker holds (declared and implied), or empty for an unknown seeker. */
    public java.util.Optional<java.util.Set<String>> skillsOf(String seekerId) {
        int p = store.indexOf(seekerId);
        if (p < 0) {
            return java.util.Optional.empty();
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = store.skillStart[p]; i < store.skillStart[p + 1]; i++) {
            out.add(space.uri(store.skills[i]));
        }
        return java.util.Optional.of(out);
    }

    private VacancyQuery query(String vacancyId, MatchOptions options) {
        VacancyProfile v = vacancies.get(vacancyId);
        if (v == null) {
            throw new OpenPesException(ErrorCode.SKL_004, "vacancy", vacancyId);
        }
        return new VacancyQuery(v, space, codes, options.maxKm(), options.requiredLicence());
    }

    private static int checkK(int k) {
        if (k < 1 || k > 500) {
            throw new OpenPesException(ErrorCode.SKL_005, "limit", "must be between 1 and 500, got " + k);
        }
        return k;
    }

    private Match explain(VacancyQuery q, int p, int rank) {
        long[] bits = q.credits(store.skills, store.skillStart[p], store.skillStart[p + 1]);
        double[] f = new double[Factors.NAMES.length];
        double score = Factors.score(q, store, p, q.coverage(bits[0], bits[1]), weights, codes.geography(), f);
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Explanation.PartialMatch> partial = new ArrayList<>();
        for (int j = 0; j < q.skills.length; j++) {
            if ((bits[0] & (1L << j)) != 0) {
                matched.add(space.label(q.skills[j]));
                continue;
            }
            if ((bits[1] & (1L << j)) != 0) {
                partial.add(new Explanation.PartialMatch(space.label(q.skills[j]),
                        space.label(relatedHeld(q, j, p))));
            }
            if (j < q.essentialCount) {
                missing.add(space.label(q.skills[j]));
            }
        }
        double[] w = {weights.skills(), weights.occupation(), weights.distance(), weights.education(),
            weights.contract(), weights.availability()};
        Map<String, Double> factors = new LinkedHashMap<>();
        Map<String, Double> contributions = new LinkedHashMap<>();
        for (int i = 0; i < f.length; i++) {
            factors.put(Factors.NAMES[i], round(f[i]));
            contributions.put(Factors.NAMES[i], round(w[i] * f[i]));
        }
        double km = Factors.km(q, store, p, codes.geography());
        return new Match(rank, store.ids[p], q.vacancy.id(), q.vacancy.employerCode(), round(score),
                new Explanation(matched, missing, partial, Double.isNaN(km) ? null : Math.round(km * 10) / 10.0,
                        factors, contributions));
    }

    private int relatedHeld(VacancyQuery q, int j, int p) {
        for (int i = store.skillStart[p]; i < store.skillStart[p + 1]; i++) {
            if (java.util.Arrays.binarySearch(q.related(j), store.skills[i]) >= 0) {
                return store.skills[i];
            }
        }
        throw new IllegalStateException("partial credit without a related skill");
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
