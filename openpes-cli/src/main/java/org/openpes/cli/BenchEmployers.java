package org.openpes.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.openpes.operational.audit.AuditTrail;
import org.openpes.reference.ReferenceData;
import org.openpes.services.ServicesModule;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.app.EmployerService;
import org.openpes.services.app.VacancyService;
import org.openpes.services.matching.MatcherCandidates;
import org.openpes.skills.SkillsService;
import org.openpes.skills.match.Match;
import org.openpes.skills.match.MatchOptions;
import org.openpes.skills.match.RegionProfiles;
import org.openpes.skills.match.RegionSource;
import org.openpes.skills.match.SeekerProfile;
import org.openpes.skills.match.VacancyProfile;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The employer services at regional scale (issue 20 §7), on the bench's database of people: employer accounts,
 * vacancies and applications loaded by COPY; an account manager's portfolio through its use case against its bare
 * SQL; a shortlist through its use case (the matcher over every person, the scope, the inserts and the audit)
 * against the matcher's ranking alone. The people's profiles for the matcher are the generated region's, repeated
 * (with other comuni) until every person of the bench has one.
 */
final class BenchEmployers {
    /** The account manager whose portfolio and shortlists are timed manages this many employers of Milano. */
    private static final int PORTFOLIO = 60;
    /** Vacancies of the region (with their skills) given to her employers, to shortlist. */
    private static final int SHORTLISTED = 200;

    private final int people;
    private final int employers;
    private final int vacancies;
    private final int applications;
    private final int samples;

    BenchEmployers(int people, int employers, int vacancies, int applications, int samples) {
        this.people = people;
        this.employers = employers;
        this.vacancies = vacancies;
        this.applications = applications;
        this.samples = samples;
    }

    void run(ServicesModule s, ReferenceData ref, List<String[]> places, String milano, Path region)
            throws Exception {
        List<SeekerProfile> originals = new ArrayList<>();
        RegionProfiles.seekers(region, ref, originals::add);
        List<VacancyProfile> regionVacancies = new ArrayList<>(RegionProfiles.vacancies(region, null).values());
        try {
            load(s.pool(), places, milano, regionVacancies);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the load's COPY failed: " + (e.getCause() == null ? e.getMessage()
                    : e.getCause().getMessage()), e);
        }
        Caller manager = new Caller("am-bench-0", Role.ACCOUNT_MANAGER, Scope.parse("cpi:" + milano),
                Scope.parse("province:015"), "bench");
        EmployerService service = s.employers(null);
        portfolio(s.pool(), service, manager);
        long t0 = System.nanoTime();
        SkillsService skills = new SkillsService(ref, tiled(originals, regionVacancies));
        System.out.printf(Locale.ROOT, "matcher over %,d people built in %.1f s%n", people,
                (System.nanoTime() - t0) / 1e9);
        shortlists(s, ref, service, skills, manager, regionVacancies);
    }

    /** Employers (the first ones Milano's), vacancies and applications, by COPY; prints rows/s. */
    private void load(DataSource ds, List<String[]> places, String milano, List<VacancyProfile> region)
            throws Exception {
        SplittableRandom random = new SplittableRandom(20);
        String[] sizes = {"0-9", "10-49", "50-249", "250+"};
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            AuditTrail.append(c, new org.openpes.operational.audit.AuditEntry("bench:services",
                    org.openpes.operational.audit.AuditAction.LOAD, "employers:" + employers, "cli",
                    "benchmark load"));
            try (Writer out = copy(c, "copy employer (employer_code, ateco2007, ateco2025, section, workplace_comune, "
                    + "size_class, account_manager) from stdin with (format csv)")) {
                for (int e = 0; e < employers; e++) {
                    String comune = e < 2000 ? "015146" : places.get(random.nextInt(places.size()))[0];
                    String manager = e < PORTFOLIO ? "am-bench-0" : "am-bench-" + (1 + e % 5000);
                    out.write(String.format(Locale.ROOT, "%011d,47.11.00,47.11.00,G,%s,%s,%s%n", e, comune,
                            sizes[random.nextInt(sizes.length)], manager));
                }
            }
            try (Writer out = copy(c, "copy vacancy (vacancy_id, employer_code, ateco, cp2011, esco_occupation, "
                    + "comune, contract_type, working_time, min_education_isced, published_date, closing_date, "
                    + "title, state) from stdin with (format csv)")) {
                for (int v = 0; v < vacancies; v++) {
                    VacancyProfile like = region.get(v % region.size());
                    int employer = v < SHORTLISTED ? v % PORTFOLIO : random.nextInt(employers);
                    String state = v < SHORTLISTED || v % 3 == 0 ? "PUBLISHED" : v % 3 == 1 ? "FILLED"
                            : "CLOSED_WITHOUT_HIRE";
                    out.write(String.format(Locale.ROOT, "B%010d,%011d,47.11.00,\"\",%s,%s,%s,%s,%d,2026-10-01,"
                            + "2027-03-31,bench vacancy,%s%n", v, employer, like.occupationUri(), like.comune(),
                            like.contractType(), like.workingTime(), like.minIsced(), state));
                }
            }
            try (Writer out = copy(c, "copy vacancy_skill (vacancy_id, skill_uri, relation) from stdin with "
                    + "(format csv)")) {
                for (int v = 0; v < Math.min(SHORTLISTED, vacancies); v++) {
                    for (String skill : region.get(v % region.size()).essentialSkills()) {
                        out.write(String.format(Locale.ROOT, "B%010d,%s,essential%n", v, skill));
                    }
                }
            }
            try (Writer out = copy(c, "copy employer_interaction (interaction_id, employer_code, kind, on_day, note, "
                    + "next_step, next_step_due, actor) from stdin with (format csv)")) {
                for (int e = 0; e < employers; e++) {
                    out.write(String.format(Locale.ROOT, "I%010d,%011d,VISIT,2026-09-%02d,visit,call back,"
                            + "2026-10-%02d,am-bench%n", e, e, 1 + e % 28, 1 + e % 28));
                }
            }
            // application a = q·P + r: person r, vacancy (r + q) mod V (no pair twice while q < V)
            try (Writer out = copy(c, "copy application (application_id, vacancy_id, seeker_id, source, state, refusal, "
                    + "note, created_on, changed_on, version) from stdin with (format csv)")) {
                String[] states = {"NEW", "PROCESSING", "REFUSED", "OBSOLETE", "ACCEPTED"};
                for (long a = 0; a < applications; a++) {
                    String state = states[(int) (a % states.length)];
                    out.write(String.format(Locale.ROOT, "A%010d,B%010d,P%011d,MATCHER,%s,%s,matcher,2026-10-02,"
                            + "2026-10-05,1%n", a, (a % people + a / people) % vacancies, a % people, state,
                            state.equals("REFUSED") ? "DISTANCE" : ""));
                }
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("analyze employer, vacancy, vacancy_skill, employer_interaction, application");
            }
            c.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long rows = employers + (long) vacancies + employers + applications;
        System.out.printf(Locale.ROOT, "employer services load: %,d employer accounts, %,d vacancies, %,d "
                + "interactions, %,d applications in %.1f s (%,.0f rows/s)%n", employers, vacancies, employers,
                applications, seconds, rows / seconds);
    }

    private void portfolio(DataSource ds, EmployerService service, Caller manager) throws Exception {
        long[] useCase = new long[samples];
        long[] bare = new long[samples];
        int accounts = 0;
        for (int i = 0; i < 20; i++) {
            service.portfolio(manager).orThrow(); // warm-up
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select * from employer where account_manager = ?")) {
            for (int i = 0; i < samples; i++) {
                long t = System.nanoTime();
                accounts = service.portfolio(manager).orThrow().accounts().size();
                useCase[i] = System.nanoTime() - t;
                t = System.nanoTime();
                ps.setString(1, manager.userId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
                bare[i] = System.nanoTime() - t;
            }
        }
        System.out.printf(Locale.ROOT, "portfolio size: %d employers with their vacancies, next steps and contacts%n",
                accounts);
        BenchServices.report("portfolio (use case: scope + audit)", useCase, "bare select of her employers", bare,
                100);
    }

    private void shortlists(ServicesModule s, ReferenceData ref, EmployerService employers, SkillsService skills,
            Caller manager, List<VacancyProfile> region) {
        VacancyService service = s.vacancies(employers, new MatcherCandidates(skills, ref), 60);
        int n = Math.min(samples / 10, Math.min(SHORTLISTED, vacancies));
        long[] useCase = new long[n];
        long[] matcherOnly = new long[n];
        int created = 0;
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "B%010d", i);
            VacancyProfile like = region.get(i % region.size());
            long t = System.nanoTime();
            created += service.shortlist(manager, id, 10).orThrow().size();
            useCase[i] = System.nanoTime() - t;
            t = System.nanoTime();
            List<Match> ranked = skills.candidatesFor(like, 50, MatchOptions.DEFAULT);
            matcherOnly[i] = System.nanoTime() - t;
            if (ranked.isEmpty()) {
                throw new IllegalStateException("the matcher found nobody for " + like.id());
            }
        }
        System.out.printf(Locale.ROOT, "shortlists: %d vacancies, %d applications created (10 asked each, people of "
                + "province 015 only)%n", n, created);
        BenchServices.report("shortlist among " + String.format(Locale.ROOT, "%,d", people) + " people (use case)",
                useCase, "the matcher's top 50 alone", matcherOnly, 200);
    }

    /** The region's profiles repeated until every person of the bench has one, each with the bench's id. */
    private RegionSource tiled(List<SeekerProfile> originals, List<VacancyProfile> region) {
        return new RegionSource() {
            @Override
            public int seekers(SeekerSink sink) {
                SplittableRandom random = new SplittableRandom(7);
                for (int i = 0; i < people; i++) {
                    SeekerProfile s = originals.get(i % originals.size());
                    String comune = i < originals.size() ? s.homeComune()
                            : originals.get(random.nextInt(originals.size())).homeComune();
                    sink.accept(new SeekerProfile(String.format(Locale.ROOT, "P%011d", i), s.occupationUri(),
                            s.skills(), s.isced(), s.languages(), s.licences(), comune, s.maxDistanceKm(),
                            s.availability(), s.preferredContract()), List.of());
                }
                return people;
            }

            @Override
            public Map<String, VacancyProfile> vacancies() {
                Map<String, VacancyProfile> out = new java.util.LinkedHashMap<>();
                region.forEach(v -> out.put(v.id(), v));
                return out;
            }

            @Override
            public List<org.openpes.skills.training.Course> courses() {
                return List.of();
            }
        };
    }

    private static Writer copy(Connection c, String sql) throws Exception {
        return new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(c.unwrap(PGConnection.class), sql,
                1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }
}
