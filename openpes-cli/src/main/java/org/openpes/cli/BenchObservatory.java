package org.openpes.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.generator.GeneratorParams;
import org.openpes.generator.RegionGenerator;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.observatory.indicators.Cell;
import org.openpes.observatory.indicators.DisclosureControl;
import org.openpes.observatory.indicators.DuckDbIndicatorEngine;
import org.openpes.observatory.indicators.IndicatorQuery;
import org.openpes.observatory.indicators.ReEmployment;
import org.openpes.observatory.indicators.YouthInsertion;
import org.openpes.observatory.store.EventStore;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "observatory", mixinStandardHelpOptions = true,
        description = {"Generate (or reuse) Lombardy 2017-2024 with about N events, ingest it, and compute the standard "
                + "indicator set (hires, terminations, net, stock and re-employment at 90 days by province x quarter "
                + "x ATECO section x contract group, with disclosure control) on DuckDB, --runs times.",
            "Baseline, same run, interleaved: one hand-written DuckDB query of hires by province x quarter on the same "
                + "store. Medians and their ratio are printed.",
            "Then re-employment and youth insertion for the whole region (shares and Kaplan-Meier medians), and the "
                + "same standard set on Spark local[2] in a child JVM, when the Spark module is built (it is, by "
                + "./openpes)."})
final class BenchObservatory implements Callable<Integer> {
    /** CO rows per unit of scale for Lombardy 2017-2024 (measured: 27,958,054 at scale 1.0). */
    private static final double ROWS_AT_SCALE_1 = 27_958_054;

    @Option(names = "--events", defaultValue = "1000000", description = "About how many CO events (default "
            + "${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--dir", description = "Where the region and the store go (default: a temporary directory, "
            + "kept for reuse).")
    Path dir;

    @Option(names = "--flows", description = "Real flows CSV (default ../shared/data/...).")
    Path flows = RealFlows.DEFAULT;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of the standard set and of the baseline "
            + "(default ${DEFAULT-VALUE}); medians are quoted.")
    int runs;

    @Option(names = "--no-spark", description = "Skip the Spark local[2] run.")
    boolean noSpark;

    @Option(names = "--store", description = "Measure the queries on this existing store instead: no generation and "
            + "no ingestion; its kept spells are deleted first, so that building them is measured.")
    Path existingStore;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new OpenPesException(ErrorCode.CO_034, "--runs", "must be at least 1, got " + runs);
        }
        ReferenceData ref = ReferenceData.load();
        Path store = existingStore != null ? existingStore : generateAndIngest(ref);
        EventStore.forgetSpells(store);
        timed("open the store and build its spells (kept in the store)", () -> EventStore.open(store, ref)).close();
        try (EventStore s = timed("open it again (the kept spells are read)", () -> EventStore.open(store, ref))) {
            IndicatorQuery standard = IndicatorQuery.standardSet(YearMonth.of(2017, 1), YearMonth.of(2024, 12), 3);
            double[] setSeconds = new double[runs];
            double[] baselineSeconds = new double[runs];
            List<Cell> cells = List.of();
            long baselineRows = 0;
            for (int run = 0; run < runs; run++) {
                long t = System.nanoTime();
                cells = DisclosureControl.apply(new DuckDbIndicatorEngine(s.connection()).compute(standard),
                        standard.by().size(), standard.k());
                setSeconds[run] = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                try (Statement st = s.connection().createStatement();
                        ResultSet rs = st.executeQuery("select count(*) from (select province, year(event_date), "
                                + "quarter(event_date), count(*) from events where event_type = 'HIRE' group by all)")) {
                    rs.next();
                    baselineRows = rs.getLong(1);
                }
                baselineSeconds[run] = (System.nanoTime() - t) / 1e9;
            }
            long suppressed = cells.stream().filter(Cell::suppressed).count();
            double set = BenchReference.median(setSeconds);
            double baseline = BenchReference.median(baselineSeconds);
            System.out.printf(Locale.ROOT, "standard set: %,d cells (%,d suppressed), median %.2f s of %d runs %s "
                    + "(target 10 s at 30M events)%n", cells.size(), suppressed, set, runs,
                    BenchReference.fmt(setSeconds));
            System.out.printf(Locale.ROOT, "baseline (hand-written hires by province x quarter): %,d cells, median "
                    + "%.2f s %s; ratio set/baseline %.2f%n", baselineRows, baseline, BenchReference.fmt(baselineSeconds),
                    set / baseline);
            long t = System.nanoTime();
            ReEmployment.Result re = ReEmployment.compute(new DuckDbIndicatorEngine(s.connection()),
                    YearMonth.of(2017, 1), YearMonth.of(2024, 12));
            System.out.printf(Locale.ROOT, "re-employment at 90 days, whole region 2017-2024: %.4f of %,d observable "
                    + "workers, Kaplan-Meier median %s days, in %.2f s%n", re.share(90), re.withinDays().get(90)[0],
                    re.medianDays(), (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            YouthInsertion.Result youth = YouthInsertion.compute(new DuckDbIndicatorEngine(s.connection()),
                    YearMonth.of(2017, 1), YearMonth.of(2024, 12));
            System.out.printf(Locale.ROOT, "youth insertion, whole region 2017-2024: %,d people first seen under 30, "
                    + "%,d reached a permanent contract or apprenticeship, Kaplan-Meier median %s days, in %.2f s%n",
                    youth.cohort(), youth.reached(), youth.medianDays(), (System.nanoTime() - t) / 1e9);
            System.out.printf(Locale.ROOT, "peak RSS %d MB%n", Memory.peakRssKb() / 1024);
        }
        if (!noSpark) {
            spark(store);
        }
        return 0;
    }

    /** Generates (or reuses) the region of about {@code events} rows and ingests it into a new store. */
    private Path generateAndIngest(ReferenceData ref) throws Exception {
        double scale = Math.max(0.001, events / ROWS_AT_SCALE_1);
        Path base = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "openpes-bench-observatory");
        Path region = base.resolve(String.format(Locale.ROOT, "region-%.4f", scale));
        if (!Files.isRegularFile(region.resolve("manifest.json"))) {
            new RegionGenerator(ref).generate(new GeneratorParams("03", 2017, 2024, scale, 42, region, 0, flows),
                    new Progress("generate")::update);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(region.resolve("co"))) {
            files = s.sorted().toList();
        }
        // Written back to disk now, so that the write-back of a region just generated does not land in the ingestion's
        // time (at 5M events it made the ingestion 27.8 s instead of 18.7-19.5 s).
        for (Path f : files) {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f)) {
                ch.force(true);
            }
        }
        Path store = base.resolve(String.format(Locale.ROOT, "store-%.4f-%d", scale, System.nanoTime()));
        Ingestion ingest = ingest(files, store);
        System.out.printf(Locale.ROOT, "events %,d (scale %.4f)%n", ingest.rows(), scale);
        System.out.printf(Locale.ROOT, "ingestion (./openpes co ingest, with the launcher's options for it): %.2f s, "
                + "%,.0f events/s (target 500k/s), peak RSS %,d MB (target 1,500 MB)%n", ingest.seconds(),
                ingest.rows() / ingest.seconds(), ingest.peakMb());
        double raw = rawLoad(files, base);
        System.out.printf(Locale.ROOT, "baseline (DuckDB alone turns the same CSV files into one Parquet file, "
                + "unchecked, not pseudonymised): %.2f s, %,.0f rows/s; ratio ingestion/baseline %.2f%n", raw,
                ingest.rows() / raw, ingest.seconds() / raw);
        return store;
    }

    /** Seconds DuckDB alone takes to turn the files into Parquet, with both cores: what ingestion is compared to. */
    private static double rawLoad(List<Path> files, Path base) throws Exception {
        Path out = base.resolve("raw-baseline-" + System.nanoTime() + ".parquet");
        String list = files.stream().map(f -> "'" + f.toString().replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        long t = System.nanoTime();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                Statement st = c.createStatement()) {
            st.execute("set memory_limit = '1GB'");
            st.execute("set preserve_insertion_order = false");
            st.execute("set temp_directory = '" + base.resolve(".raw-baseline-tmp").toString().replace("'", "''")
                    + "'");
            st.execute("copy (select * from read_csv(" + list + ", header = true)) to '"
                    + out.toString().replace("'", "''") + "' (format parquet)");
        } finally {
            Files.deleteIfExists(out);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    record Ingestion(long rows, double seconds, long peakMb) {
    }

    /**
     * Runs {@code ./openpes co ingest} as a user would (the launcher picks its JVM options), and reads its summary
     * line: rows read, seconds and peak memory. Its progress bar shows on this terminal.
     */
    private static Ingestion ingest(List<Path> files, Path store) throws Exception {
        List<String> cmd = Launcher.command("co", "ingest", "--store", store.toString());
        files.forEach(f -> cmd.add(f.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putIfAbsent("OPENPES_PSEUDONYM_KEY", "bench-only-key-0123456789abcdefghij");
        Process p = pb.start();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        var summary = Pattern.compile("rows read ([\\d,]+),.*; ([\\d.]+) s \\(.*peak memory ([\\d,]+) MB");
        for (String line : out) {
            var m = summary.matcher(line);
            if (m.find() && p.waitFor() == 0) {
                return new Ingestion(Long.parseLong(m.group(1).replace(",", "")), Double.parseDouble(m.group(2)),
                        Long.parseLong(m.group(3).replace(",", "")));
            }
        }
        throw new OpenPesException(ErrorCode.CO_034, "co ingest", "the ingestion failed (exit " + p.waitFor() + "): "
                + String.join(" / ", out));
    }

    /** The standard set on Spark local[2], in a child JVM with the Spark module's classpath. */
    private static void spark(Path store) throws Exception {
        Path module = Launcher.root().resolve("openpes-observatory-spark/target");
        Path classpath = module.resolve("runtime-classpath.txt");
        Path jar = module.resolve("openpes-observatory-spark-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(classpath) || !Files.isRegularFile(jar)) {
            System.out.println("spark local[2]: not measured (build the module: mvn -pl openpes-observatory-spark -am "
                    + "install -DskipTests)");
            return;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = jar + ":" + Files.readString(classpath).strip();
        Process o = new ProcessBuilder(java, "-cp", cp, "org.openpes.observatory.spark.SparkJvmOptions")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String options = new String(o.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (o.waitFor() != 0 || options.isEmpty()) {
            System.out.println("spark local[2]: failed (cannot read Spark's JVM options)");
            return;
        }
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx2g"));
        cmd.addAll(List.of(options.split("\\s+")));
        cmd.addAll(List.of("-cp", cp, "org.openpes.observatory.spark.SparkStandardSet", store.toString()));
        Path log = Files.createTempFile("openpes-bench-spark", ".log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("spark: ")).findFirst().orElse(null);
        if (p.waitFor() != 0 || line == null) {
            System.out.println("spark local[2]: failed (exit " + p.exitValue() + "; its log: " + log + ")");
            return;
        }
        Files.delete(log);
        Map<String, String> v = new java.util.HashMap<>();
        for (String kv : line.substring(7).split(" ")) {
            v.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        System.out.printf(Locale.ROOT, "spark local[2]: standard set %,d cells (%,d suppressed) in %s s, after %s s "
                + "to start and open the store; peak RSS %d MB%n", Long.parseLong(v.get("cells")),
                Long.parseLong(v.get("suppressed")), v.get("set_seconds"), v.get("open_seconds"),
                Long.parseLong(v.get("peak_rss_kb")) / 1024);
    }

    private static <T> T timed(String what, java.util.concurrent.Callable<T> work) throws Exception {
        long t = System.nanoTime();
        T result = work.call();
        System.out.printf(Locale.ROOT, "%s: %.2f s%n", what, (System.nanoTime() - t) / 1e9);
        return result;
    }
}
