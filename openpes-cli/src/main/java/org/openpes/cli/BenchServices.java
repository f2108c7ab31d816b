package org.openpes.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.openpes.api.ApiServer;
import org.openpes.api.ApiSettings;
import org.openpes.api.services.ServiceRoutes;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.core.io.TempDirectories;
import org.openpes.operational.audit.AuditTrail;
import org.openpes.operational.db.DatabaseSettings;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.reference.ReferenceData;
import org.openpes.services.ServicesModule;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.app.CaseloadService;
import org.openpes.services.app.PattoService;
import org.openpes.services.app.PeopleService;
import org.openpes.services.app.Places;
import org.openpes.services.app.ServicesStore;
import org.openpes.services.auth.DemoAccounts;
import org.openpes.services.pg.PgServicesStore;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "services", mixinStandardHelpOptions = true,
        description = {"The PES at regional scale, on a fresh embedded PostgreSQL: --people people with their patti "
                + "and --actions actions loaded, then look-ups, name searches, a caseload, and a mixed HTTP load "
                + "with login and audit on, then the same load with audit off.",
            "Then (issue 20) --employers accounts, --vacancies and --applications: an account manager's portfolio "
                + "(target p99 <= 100 ms) and a shortlist among every person (p99 <= 200 ms).",
            "Targets (issue 19): 2M people and 10M actions loaded in <= 5 min; look-up by fiscal code p99 <= 10 ms; "
                + "name search in a scope p99 <= 50 ms; a caseload of ~300 patti p99 <= 100 ms; 32 clients for 60 s: "
                + ">= 500 requests/s, p99 <= 150 ms, no error, audit cost <= 20 %.",
            "Baselines, same run: the load against a plain COPY of the same rows into a table without indexes or "
                + "triggers; each use case against its bare SQL (no scope, no audit); the HTTP load with audit off."})
final class BenchServices implements Callable<Integer> {
    @Option(names = "--people", defaultValue = "2000000", description = "People (default ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--actions", defaultValue = "10000000", description = "Patto actions (default ${DEFAULT-VALUE}).")
    long actions;

    @Option(names = "--seconds", defaultValue = "60", description = "HTTP load per run (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", defaultValue = "32", description = "HTTP clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--samples", defaultValue = "2000", description = "Timed calls per use case (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--employers", defaultValue = "300000", description = "Employer accounts (default ${DEFAULT-VALUE}).")
    int employers;

    @Option(names = "--vacancies", defaultValue = "200000", description = "Vacancies (default ${DEFAULT-VALUE}).")
    int vacancies;

    @Option(names = "--applications", defaultValue = "2000000",
            description = "Applications (default ${DEFAULT-VALUE}).")
    int applications;

    @Option(names = "--region", description = "A generated region whose people's profiles the matcher repeats "
            + "(default: the demo region, generated if missing).")
    java.nio.file.Path region;

    @Option(names = "--skip-http", description = "Leave out the HTTP load (the longest part).")
    boolean skipHttp;

    private static final String[] FAMILY = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
        "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
        "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli",
        "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis",
        "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini",
        "Grasso", "Valentini"};
    private static final String[] GIVEN = {"Maria", "Giulia", "Anna", "Sara", "Francesca", "Marco", "Luca", "Andrea",
        "Giuseppe", "Alessandro", "Paolo", "Laura", "Chiara", "Matteo", "Davide", "Elena", "Simone", "Federica"};

    @Override
    public Integer call() throws Exception {
        ReferenceData ref = ReferenceData.load();
        List<String[]> places = new ArrayList<>(); // comune, cpi
        ref.territories().comuniOfRegion("03").forEach(c -> ref.territories().cpiOf(c.code())
                .ifPresent(cpi -> places.add(new String[] {c.code(), cpi.code()})));
        String milano = ref.territories().cpiOf("015146").orElseThrow().code();
        System.out.printf(Locale.ROOT, "bench services: %,d people, %,d actions, %d comuni with a CPI%n", people,
                actions, places.size());
        try (OperationalDatabase db = OperationalDatabase.open(DatabaseSettings.embedded(
                TempDirectories.create("openpes-bench-services")));
                ServicesModule services = new ServicesModule(db.dataSource(), ref, Clock.systemUTC(), 40)) {
            List<String> codes = load(db.dataSource(), places, milano);
            latencies(services, ref, codes, milano);
            new BenchEmployers(people, employers, vacancies, applications, samples).run(services, ref, places, milano,
                    region != null ? region : BenchMatching.demoRegion(ref));
            if (!skipHttp) {
                http(services, ref, db, codes);
            }
        }
        System.out.printf(Locale.ROOT, "peak memory of this JVM (VmHWM): %,d MB (PostgreSQL's processes not counted)%n",
                Memory.peakRssKb() / 1024);
        return 0;
    }

    /** Loads people, patti and actions by COPY; prints the time against a plain COPY of the people. */
    private List<String> load(DataSource ds, List<String[]> places, String milano) throws Exception {
        SplittableRandom random = new SplittableRandom(19);
        List<String> codes = new ArrayList<>(people);
        StringBuilder csv = new StringBuilder();
        long t0 = System.nanoTime();
        int patti = (int) Math.min(people, Math.max(1, actions / 10));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            AuditTrail.append(c, new org.openpes.operational.audit.AuditEntry("bench:services",
                    org.openpes.operational.audit.AuditAction.LOAD, "people:" + people, "cli", "benchmark load"));
            try (Writer out = copy(c, "copy job_seeker (seeker_id, fiscal_code, registration_date, did_date, sex, "
                    + "birth_date, education_isced, citizenship, home_comune, availability, preferred_contract, "
                    + "languages, given_name, family_name, owner_cpi) from stdin with (format csv)")) {
                for (int i = 0; i < people; i++) {
                    Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
                    LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12),
                            1 + random.nextInt(28));
                    String[] place = i < 3000 ? new String[] {"015146", milano} : places.get(random.nextInt(
                            places.size()));
                    String code = FiscalCode.compose(letters(i), birth, sex, "F205").value();
                    codes.add(code);
                    LocalDate did = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
                    csv.setLength(0);
                    csv.append(String.format(Locale.ROOT, "P%011d", i)).append(',').append(code).append(',')
                            .append(did).append(',').append(did).append(',').append(sex).append(',').append(birth)
                            .append(',').append(random.nextInt(9)).append(",IT,").append(place[0])
                            .append(",ANY,ANY,it,").append(GIVEN[random.nextInt(GIVEN.length)]).append(",\"")
                            .append(FAMILY[random.nextInt(FAMILY.length)]).append("\",").append(place[1])
                            .append('\n');
                    out.write(csv.toString());
                }
            }
            String content = "{\"caseManager\":\"cm-bench\",\"riskClass\":2,\"golPath\":\"AGGIORNAMENTO\","
                    + "\"searchActs\":[{\"description\":\"4 applications a month\",\"deadline\":\"2026-12-31\"}],"
                    + "\"contactEveryDays\":30,\"proofOfSearch\":\"copies\",\"availableForWorkshops\":true,"
                    + "\"availableForTraining\":true,\"acceptsSuitableOffers\":true}";
            try (Writer out = copy(c, "copy patto (patto_id, seeker_id, state, content, case_manager, version, "
                    + "updated_at) from stdin with (format csv)")) {
                for (int p = 0; p < patti; p++) {
                    // the first 300 patti are the caseload of one case manager of Milano; the others are spread
                    String cm = p < 300 ? "cm-bench-0" : "cm-bench-" + (1 + p % 5000);
                    out.write(String.format(Locale.ROOT, "T%010d,P%011d,ACTIVE,\"%s\",%s,3,2026-01-01%n", p, p,
                            content.replace("\"", "\"\"").replace("cm-bench", cm), cm));
                }
            }
            try (Writer out = copy(c, "copy patto_action (action_id, patto_id, kind, label, state, due_date, "
                    + "assignee, version) from stdin with (format csv)")) {
                for (long a = 0; a < actions; a++) {
                    out.write(String.format(Locale.ROOT, "A%010d,T%010d,LEP_BASIC_ORIENTATION,CV workshop,%s,%s,"
                            + "person,1%n", a, a % patti, a % 4 == 0 ? "DONE" : "PLANNED",
                            LocalDate.of(2026, 1, 1).plusDays(a % 400)));
                }
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("analyze");
            }
            c.commit();
        }
        double loaded = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("create unlogged table bench_plain (seeker_id text, fiscal_code text, given_name text, "
                        + "family_name text, owner_cpi text)");
            }
            try (Writer out = copy(c, "copy bench_plain from stdin with (format csv)")) {
                for (int i = 0; i < people; i++) {
                    out.write(String.format(Locale.ROOT, "P%011d,%s,Maria,Rossi,%s%n", i, codes.get(i), milano));
                }
            }
            c.commit();
        }
        double plain = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "load: %,d people, %,d patti, %,d actions in %.1f s (%,.0f rows/s); "
                + "baseline plain COPY of the people into an unindexed unlogged table %.1f s; ratio %.2f%n", people,
                patti, actions, loaded, (people + patti + actions) / loaded, plain, loaded / plain);
        return codes;
    }

    private static String letters(int i) {
        char[] c = new char[6];
        for (int k = 5; k >= 0; k--) {
            c[k] = (char) ('A' + i % 26);
            i /= 26;
        }
        return new String(c);
    }

    private static Writer copy(Connection c, String sql) throws Exception {
        return new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(c.unwrap(PGConnection.class), sql,
                1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Look-up, name search and caseload through their use cases, against their bare SQL. */
    private void latencies(ServicesModule s, ReferenceData ref, List<String> codes, String milano) throws Exception {
        Caller supervisor = new Caller("sup-bench", Role.SUPERVISOR, Scope.parse("region:03"), Scope.parse("region:03"),
                "bench");
        Caller caseManager = new Caller("cm-bench-0", Role.CASE_MANAGER, Scope.parse("cpi:" + milano),
                Scope.parse("province:015"), "bench");
        SplittableRandom random = new SplittableRandom(7);
        long[] lookup = new long[samples];
        long[] lookupSql = new long[samples];
        try (Connection c = s.pool().getConnection();
                PreparedStatement ps = c.prepareStatement("select * from job_seeker where fiscal_code = ?")) {
            for (int i = 0; i < samples; i++) {
                String code = codes.get(random.nextInt(codes.size()));
                long t = System.nanoTime();
                s.people().findByFiscalCode(supervisor, code, "bench").orThrow().orElseThrow();
                lookup[i] = System.nanoTime() - t;
                t = System.nanoTime();
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
                lookupSql[i] = System.nanoTime() - t;
            }
        }
        report("look-up by fiscal code (use case: scope + audit)", lookup, "bare select", lookupSql, 10);
        long[] search = new long[samples / 4];
        long[] searchSql = new long[samples / 4];
        try (Connection c = s.pool().getConnection(); PreparedStatement ps = c.prepareStatement(
                "select * from job_seeker where owner_cpi = any(?) and lower(family_name) like ? limit 50")) {
            var cpis = new Places(ref).cpisIn(caseManager.search()).toArray(new String[0]);
            for (int i = 0; i < search.length; i++) {
                String prefix = FAMILY[random.nextInt(FAMILY.length)].substring(0, 3);
                long t = System.nanoTime();
                s.people().searchByFamilyName(caseManager, prefix, 50, "bench").orThrow();
                search[i] = System.nanoTime() - t;
                t = System.nanoTime();
                ps.setArray(1, c.createArrayOf("varchar", cpis));
                ps.setString(2, prefix.toLowerCase(Locale.ROOT) + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
                searchSql[i] = System.nanoTime() - t;
            }
        }
        report("name search in a province (use case)", search, "bare select", searchSql, 50);
        long[] caseload = new long[Math.max(100, samples / 10)];
        int size = 0;
        for (int i = 0; i < caseload.length; i++) {
            long t = System.nanoTime();
            CaseloadService.Caseload cl = s.caseloads().of(caseManager).orThrow();
            caseload[i] = System.nanoTime() - t;
            size = cl.patti().size();
        }
        System.out.printf(Locale.ROOT, "caseload size: %d active patti with their actions%n", size);
        report("caseload (use case)", caseload, null, null, 100);
    }

    static void report(String what, long[] nanos, String baselineName, long[] baseline, double targetP99Ms) {
        long[] a = nanos.clone();
        Arrays.sort(a);
        double p50 = a[a.length / 2] / 1e6;
        double p99 = a[(int) Math.min(a.length - 1, Math.ceil(a.length * 0.99) - 1)] / 1e6;
        String base = "";
        if (baseline != null) {
            long[] b = baseline.clone();
            Arrays.sort(b);
            double bp50 = b[b.length / 2] / 1e6;
            base = String.format(Locale.ROOT, "; %s p50 %.2f ms, ratio of medians %.1f", baselineName, bp50,
                    p50 / bp50);
        }
        System.out.printf(Locale.ROOT, "%s: %d calls, p50 %.2f ms, p99 %.2f ms (target p99 <= %.0f ms: %s)%s%n", what,
                a.length, p50, p99, targetP99Ms, p99 <= targetP99Ms ? "met" : "NOT met", base);
    }

    /**
     * The mixed HTTP load with audit on and with audit off (the same load, a store that drops audit records), after a
     * warm-up of each that is not counted. The runs go on, off, off, on, so that neither side gains from coming later
     * (a warmer JIT, a fuller database); each side's figures are its two runs together.
     */
    private void http(ServicesModule s, ReferenceData ref, OperationalDatabase db, List<String> codes)
            throws Exception {
        String milano = ref.territories().cpiOf("015146").orElseThrow().code();
        String bergamo = ref.territories().cpiOf("016024").orElseThrow().code();
        DemoAccounts.create(s.accounts(), DemoAccounts.of("03", "015", milano, "016", bergamo), "bench password 2026");
        ServicesStore silent = new NoAudit(new PgServicesStore(s.pool()));
        Places places = new Places(ref);
        ServiceRoutes audited = new ServiceRoutes(s.authentication(), s.people(), s.patti(), s.caseloads(), s.pool(),
                false);
        ServiceRoutes unaudited = new ServiceRoutes(s.authentication(), new PeopleService(silent, ref, places,
                Clock.systemUTC()), new PattoService(silent, places, Clock.systemUTC()), new CaseloadService(silent,
                places, Clock.systemUTC()), s.pool(), false);
        int warmUp = Math.max(15, seconds / 2); // two cores: the JIT needs this long before the server is steady
        run(ref, audited, codes, warmUp, "warm-up with audit, not counted");
        run(ref, unaudited, codes, warmUp, "warm-up without audit, not counted");
        Load on1 = run(ref, audited, codes, seconds, "audit on, first run");
        Load off1 = run(ref, unaudited, codes, seconds, "audit off (baseline), first run");
        Load off2 = run(ref, unaudited, codes, seconds, "audit off (baseline), second run");
        Load on2 = run(ref, audited, codes, seconds, "audit on, second run");
        Load on = on1.and(on2);
        Load off = off1.and(off2);
        on.print("audit on, both runs");
        on.printKinds();
        off.print("audit off (baseline), both runs");
        off.printKinds();
        double p99 = 100 * (on.p99() / off.p99() - 1);
        System.out.printf(Locale.ROOT, "audit cost: throughput %.1f %% lower, p99 %.1f %% %s (target <= 20 %%)%n",
                100 * (1 - on.rps() / off.rps()), Math.abs(p99), p99 >= 0 ? "higher" : "lower");
    }

    /** The kinds of request of the load, in the order of {@link Load#byKind}. */
    private static final String[] KINDS = {"login", "read a person", "new patto", "look-up by fiscal code",
        "caseload"};

    /**
     * What one or more runs of the load measured: every request's latency (ns), the same by kind of request, their
     * time and their errors.
     */
    private record Load(long[] sorted, long[][] byKind, double seconds, long errors, int clients) {
        double rps() {
            return sorted.length / seconds;
        }

        double p99() {
            return sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
        }

        Load and(Load other) {
            long[] all = java.util.stream.LongStream.concat(Arrays.stream(sorted), Arrays.stream(other.sorted))
                    .sorted().toArray();
            long[][] kinds = new long[byKind.length][];
            for (int k = 0; k < byKind.length; k++) {
                kinds[k] = java.util.stream.LongStream.concat(Arrays.stream(byKind[k]), Arrays.stream(
                        other.byKind[k])).sorted().toArray();
            }
            return new Load(all, kinds, seconds + other.seconds, errors + other.errors, clients);
        }

        /** Each kind of request's count and latencies: where the tail comes from. */
        void printKinds() {
            for (int k = 0; k < byKind.length; k++) {
                long[] l = byKind[k];
                if (l.length > 0) {
                    System.out.printf(Locale.ROOT, "    %-24s %,7d requests, p50 %.1f ms, p99 %.1f ms%n", KINDS[k],
                            l.length, l[l.length / 2] / 1e6, l[(int) Math.ceil(l.length * 0.99) - 1] / 1e6);
                }
            }
        }

        void print(String label) {
            System.out.printf(Locale.ROOT, "HTTP %s: %d clients, %.0f s, %,d requests (login included), %.0f req/s, "
                    + "p50 %.1f ms, p99 %.1f ms, %d errors (targets >= 500 req/s, p99 <= 150 ms, 0 errors)%n", label,
                    clients, seconds, sorted.length, rps(), sorted[sorted.length / 2] / 1e6, p99(), errors);
        }
    }

    /** One run of the load against a server with these routes. */
    private Load run(ReferenceData ref, ServiceRoutes routes, List<String> codes, int runSeconds, String label)
            throws Exception {
        try (ApiServer server = ApiServer.start(ref, null, null, null, 0, ApiSettings.DEFAULTS, routes)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://localhost:" + server.port();
            AtomicLong errors = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            List<byte[]> kinds = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            long end = System.nanoTime() + runSeconds * 1_000_000_000L;
            long t0 = System.nanoTime();
            for (int k = 0; k < clients; k++) {
                long[] mine = new long[200_000];
                byte[] mineKinds = new byte[mine.length];
                latencies.add(mine);
                kinds.add(mineKinds);
                int client = k;
                Thread t = new Thread(() -> load(http, base, client, codes, end, mine, mineKinds, errors),
                        "client-" + k);
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(x -> x > 0)).sorted()
                    .toArray();
            long[][] byKind = new long[KINDS.length][];
            for (int kind = 0; kind < KINDS.length; kind++) {
                java.util.stream.LongStream.Builder b = java.util.stream.LongStream.builder();
                for (int c = 0; c < latencies.size(); c++) {
                    for (int i = 0; i < latencies.get(c).length && latencies.get(c)[i] > 0; i++) {
                        if (kinds.get(c)[i] == kind) {
                            b.add(latencies.get(c)[i]);
                        }
                    }
                }
                byKind[kind] = b.build().sorted().toArray();
            }
            Load load = new Load(all, byKind, elapsed, errors.get(), clients);
            load.print(label);
            return load;
        }
    }

    /**
     * One case manager of Milano: logs in, then 60 % reads of a person's record, 20 % look-ups by fiscal code, 10 %
     * caseloads, 10 % new patti (a write), all on the 3,000 people of Milano's CPI.
     */
    private static void load(HttpClient http, String base, int client, List<String> codes, long end, long[] out,
            byte[] kinds, AtomicLong errors) {
        SplittableRandom random = new SplittableRandom(client);
        int n = 0;
        try {
            long t = System.nanoTime();
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"demo.case-manager\",\"password\":\"bench password 2026\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            kinds[n] = 0;
            out[n++] = System.nanoTime() - t;
            if (login.statusCode() != 200) {
                errors.incrementAndGet();
                return;
            }
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String csrf = login.body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
            while (System.nanoTime() < end && n < out.length) {
                int r = random.nextInt(10);
                int i = random.nextInt(Math.min(3000, codes.size()));
                HttpRequest.Builder b;
                if (r < 6) {
                    b = HttpRequest.newBuilder(URI.create(base + String.format(Locale.ROOT, "/api/people/P%011d", i)));
                } else if (r == 6) {
                    b = HttpRequest.newBuilder(URI.create(base + String.format(Locale.ROOT, "/api/people/P%011d/patti",
                            i))).header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody());
                } else if (r < 9) {
                    b = HttpRequest.newBuilder(URI.create(base + "/api/people/lookup")).header("X-CSRF-Token", csrf)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"fiscal_code\":\"" + codes.get(i) + "\"}"));
                } else {
                    b = HttpRequest.newBuilder(URI.create(base + "/api/caseload"));
                }
                t = System.nanoTime();
                HttpResponse<String> resp = http.send(b.header("Cookie", cookie).build(),
                        HttpResponse.BodyHandlers.ofString());
                kinds[n] = (byte) (r < 6 ? 1 : r == 6 ? 2 : r < 9 ? 3 : 4);
                out[n++] = System.nanoTime() - t;
                if (resp.statusCode() != 200 && resp.statusCode() != 201) {
                    errors.incrementAndGet();
                }
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
    }

    /** The real store without its audit records: only for the baseline of the audit's cost. */
    private record NoAudit(ServicesStore store) implements ServicesStore {
        @Override
        public <T> T inTransaction(String actor, java.util.function.Function<Tx, T> work) {
            return store.inTransaction(actor, tx -> work.apply((Tx) java.lang.reflect.Proxy.newProxyInstance(
                    Tx.class.getClassLoader(), new Class<?>[] {Tx.class}, (proxy, method, args) -> method.getName()
                            .equals("audit") ? null : invoke(method, tx, args))));
        }

        private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
            try {
                return m.invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
