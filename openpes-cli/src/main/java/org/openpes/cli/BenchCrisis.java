package org.openpes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openpes.observatory.ingest.Pseudonymiser;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;
import org.openpes.services.app.CrisisHistories;
import org.openpes.services.app.WorkHistories;
import org.openpes.services.co.StoreCrisisHistories;
import org.openpes.services.people.PersonId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "crisis", mixinStandardHelpOptions = true,
        description = {"Time what opening a crisis case reads from the CO (issue 20 target: 50,000 workers in 10 s): "
                + "the workers of the firm with the most open contracts at the store's last day, their ends and "
                + "next hires, and which of them are in the registry (the region's job seekers, padded with "
                + "synthetic fiscal codes to --registry people), in pages of 50,000 as the service reads them.",
            "Baseline, same run: the same reads as before session 18: the spells regrouped from the events for the "
                + "firm, next hires from the events, and one join in the store per page of the registry. Both must "
                + "find the same workers and the same registered people, or the difference is printed.",
            "Needs OPENPES_PSEUDONYM_KEY: the key the store was ingested with."})
final class BenchCrisis implements Callable<Integer> {
    private static final int PAGE = 50_000;

    @Option(names = "--store", required = true, description = "The analytics store.")
    Path store;

    @Option(names = "--region", required = true, description = "The generated region (its seekers.csv).")
    Path region;

    @Option(names = "--registry", defaultValue = "2000000",
            description = "Registered people to look the workers up in (default ${DEFAULT-VALUE}).")
    int registry;

    @Option(names = "--runs", defaultValue = "3", description = "Runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--baseline-runs", defaultValue = "1",
            description = "Runs of the baseline, slow at scale (default ${DEFAULT-VALUE}).")
    int baselineRuns;

    @Override
    public Integer call() throws Exception {
        String key = Configuration.current().pseudonymKey().orElse(null);
        if (key == null) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.API_005,
                    "OPENPES_PSEUDONYM_KEY", "the key the store was ingested with (at least 32 characters)");
        }
        ReferenceData ref = ReferenceData.load();
        Pseudonymiser pseudonyms = new Pseudonymiser(key);
        List<WorkHistories.Registered> people = registry(region.resolve("seekers.csv"), registry);
        try (EventStore events = EventStore.open(store, ref)) {
            StoreCrisisHistories histories = new StoreCrisisHistories(events, pseudonyms);
            LocalDate at = histories.observedUntil();
            String firm = biggestFirm(events.connection(), at);
            double[] now = new double[runs];
            int[] found = null;
            for (int r = 0; r < runs; r++) {
                long t = System.nanoTime();
                found = current(histories, firm, at, people);
                now[r] = (System.nanoTime() - t) / 1e9;
                System.err.printf(Locale.ROOT, "run %d: %.2f s%n", r + 1, now[r]);
            }
            double[] before = new double[baselineRuns];
            for (int r = 0; r < baselineRuns; r++) {
                long t = System.nanoTime();
                int[] baseline = before(events.connection(), pseudonyms, firm, at, people);
                before[r] = (System.nanoTime() - t) / 1e9;
                System.err.printf(Locale.ROOT, "baseline run %d: %.2f s%n", r + 1, before[r]);
                if (found[0] != baseline[0] || found[1] != baseline[1]) {
                    System.out.printf(Locale.ROOT, "the reads differ: %d workers and %d registered now, %d and %d "
                            + "before (contracts made permanent now end when the rules say: never)%n", found[0],
                            found[1], baseline[0], baseline[1]);
                }
            }
            double m = BenchReference.median(now);
            double b = BenchReference.median(before);
            System.out.printf(Locale.ROOT, "firm %s at %s: %,d workers with an open contract, %,d of them in a "
                    + "registry of %,d people%n", firm, at, found[0], found[1], people.size());
            System.out.printf(Locale.ROOT, "open a case (CO part), median of %d: %.2f s (%,.0f registered people "
                    + "looked up/s)  runs: %s%n", runs, m, people.size() / m, BenchReference.fmt(now));
            System.out.printf(Locale.ROOT, "baseline (per-page joins on the regrouped spells), median: %.2f s  "
                    + "runs: %s%n", b, BenchReference.fmt(before));
            System.out.printf(Locale.ROOT, "ratio baseline / now: %.1f   peak RSS: %d MB   target 50,000 workers "
                    + "in 10 s: %s%n", b / m, Memory.peakRssKb() / 1024, found[0] >= 50_000 ? (m <= 10 ? "met"
                    : "NOT met") : "not measured at this size (" + found[0] + " workers)");
        }
        return 0;
    }

    private static int[] current(CrisisHistories h, String firm, LocalDate at, List<WorkHistories.Registered> people) {
        List<CrisisHistories.Worker> workers = h.workersAt(firm, at);
        Set<PersonId> registered = new HashSet<>();
        for (int from = 0; from < people.size(); from += PAGE) {
            registered.addAll(h.registeredAmong(firm, at, people.subList(from, Math.min(people.size(),
                    from + PAGE))));
        }
        return new int[] {workers.size(), registered.size()};
    }

    /** The reads of session 17, kept here as the baseline. */
    private static int[] before(Connection store, Pseudonymiser pseudonyms, String firm, LocalDate at,
            List<WorkHistories.Registered> people) throws SQLException {
        String day = "date '" + at + "'";
        String open = "employer_key = '" + firm + "' and hired and start_date <= " + day + " and (terminated_on is "
                + "null or terminated_on > " + day + ") and (planned_end is null or planned_end >= " + day + ")";
        int workers = 0;
        Set<String> registered = new HashSet<>();
        try (Connection c = store.unwrap(DuckDBConnection.class).duplicate(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("with w as materialized (select worker_key, start_date, age_class, "
                    + "cp2011, coalesce(terminated_on, planned_end) as ended from spells where " + open + ") "
                    + "select w.age_class, min(h.start_date) filter (where h.start_date > w.ended) from w left join "
                    + "(select worker_key, start_date from events where event_type = 'HIRE' and worker_key in "
                    + "(select worker_key from w)) h on h.worker_key = w.worker_key group by w.worker_key, "
                    + "w.start_date, w.age_class")) {
                while (rs.next()) {
                    workers++;
                }
            }
            for (int from = 0; from < people.size(); from += PAGE) {
                st.execute("create or replace table bench_page (seeker_id varchar, worker_key varchar)");
                try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "bench_page")) {
                    for (WorkHistories.Registered p : people.subList(from, Math.min(people.size(), from + PAGE))) {
                        a.beginRow();
                        a.append(p.id().value());
                        a.append(pseudonyms.pseudonym(p.fiscalCode().value()));
                        a.endRow();
                    }
                }
                try (ResultSet rs = st.executeQuery("select distinct p.seeker_id from bench_page p join (select "
                        + "worker_key from spells where " + open + ") w on w.worker_key = p.worker_key")) {
                    while (rs.next()) {
                        registered.add(rs.getString(1));
                    }
                }
            }
            st.execute("drop table if exists bench_page");
        }
        return new int[] {workers, registered.size()};
    }

    private static String biggestFirm(Connection store, LocalDate at) throws SQLException {
        String day = "date '" + at + "'";
        try (Statement st = store.createStatement(); ResultSet rs = st.executeQuery("select employer_key, count(*) "
                + "from spell_ends where length(employer_key) = 11 and start_date <= " + day + " and (terminated_on "
                + "is null or terminated_on > " + day + ") and (end_date is null or end_date >= " + day + ") "
                + "group by 1 order by 2 desc limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The region's job seekers, then synthetic people (valid fiscal codes nobody in the store has) up to {@code n}. */
    private static List<WorkHistories.Registered> registry(Path seekers, int n) throws java.io.IOException {
        List<WorkHistories.Registered> out = new ArrayList<>();
        try (var lines = Files.lines(seekers)) {
            lines.skip(1).forEach(l -> {
                String[] f = l.split(",", 3);
                out.add(new WorkHistories.Registered(new PersonId(f[0]), FiscalCode.parse(f[1]), null));
            });
        }
        Random random = new Random(42);
        String letters = "BCDFGHJKLMNPQRSTVZ";
        for (int i = out.size(); i < n; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            FiscalCode code = FiscalCode.compose(name.toString(), LocalDate.of(1950 + random.nextInt(55),
                    1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextBoolean() ? Sex.F : Sex.M, "F205");
            out.add(new WorkHistories.Registered(new PersonId(String.format(Locale.ROOT, "P%010d", i)), code, null));
        }
        return out;
    }
}
