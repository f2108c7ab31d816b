package org.openpes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openpes.core.io.Trees;
import org.openpes.generator.calibration.RealFlows;
import org.openpes.generator.output.DirectOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate Lombardy 2017-2024 at several scales, each in a fresh JVM, and print CO events/s "
                + "and peak memory (target: >= 1M events/s, flat memory).",
            "Each size runs ./openpes generate as a user would, with the launcher's JVM options.",
            "Baseline, same run: writing the same number of bytes of one constant CSV row to the same disk, as the "
                + "generator writes its CO files (direct I/O).",
            "Seconds, events/s and the ratio are medians over --runs; peak MB is the highest of the runs."})
final class BenchGenerate implements Callable<Integer> {
    @Option(names = "--scales", split = ",", defaultValue = "0.05,0.25,1.0",
            description = "Scales to run (default ${DEFAULT-VALUE}; 1.0 = about 28M events).")
    List<Double> scales;

    @Option(names = "--dir", description = "Where to write (default: a temporary directory, removed after).")
    Path dir;

    @Option(names = "--flows", description = "Real flows CSV (default ../shared/data/...).")
    Path flows = RealFlows.DEFAULT;

    @Option(names = "--runs", defaultValue = "3", description = "Runs at each scale, each with its baseline "
            + "(default ${DEFAULT-VALUE}); medians are quoted.")
    int runs;

    @Override
    public Integer call() throws Exception {
        Path base = dir != null ? dir : Files.createTempDirectory("openpes-bench");
        System.out.printf(Locale.ROOT, "%-6s %12s %9s %12s %9s %10s %10s   %s%n", "scale", "events", "seconds",
                "events/s", "peak MB", "base s", "ratio", "seconds of each run");
        for (double scale : scales) {
            Path out = base.resolve("scale-" + scale);
            double[] seconds = new double[runs];
            double[] baseSeconds = new double[runs];
            long events = 0;
            long peakKb = 0;
            for (int run = 0; run < runs; run++) {
                String[] stats = runChild(scale, out);
                events = Long.parseLong(stats[0]);
                long bytes = Long.parseLong(stats[1]);
                seconds[run] = Double.parseDouble(stats[2]);
                peakKb = Math.max(peakKb, Long.parseLong(stats[3]));
                Trees.delete(out);
                baseSeconds[run] = rawWrite(base.resolve("baseline.csv"), bytes);
                settle();
            }
            double median = BenchReference.median(seconds);
            double baseMedian = BenchReference.median(baseSeconds);
            System.out.printf(Locale.ROOT, "%-6s %,12d %9.2f %,12.0f %9d %10.2f %10.2f   %s%n", scale, events, median,
                    events / median, peakKb / 1024, baseMedian, median / baseMedian, BenchReference.fmt(seconds));
        }
        if (dir == null) {
            Trees.delete(base);
        }
        return 0;
    }

    private String[] runChild(double scale, Path out) throws IOException, InterruptedException {
        List<String> cmd = Launcher.command("generate", "--region", "03", "--from", "2017", "--to", "2024",
                "--scale", Double.toString(scale), "--seed", "42", "--out", out.toString(), "--flows",
                flows.toString(), "--stats");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stats = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("stats: ")) {
                    stats = line;
                }
            }
        }
        if (p.waitFor() != 0 || stats == null) {
            throw new IllegalStateException("generation at scale " + scale + " failed (exit " + p.exitValue() + ")");
        }
        String[] values = new String[4];
        String[] keys = {"events=", "bytes=", "seconds=", "peak_rss_kb="};
        for (String part : stats.substring(7).split(" ")) {
            for (int k = 0; k < keys.length; k++) {
                if (part.startsWith(keys[k])) {
                    values[k] = part.substring(keys[k].length());
                }
            }
        }
        return values;
    }

    /** Waits until the disk has taken what the previous run wrote, so that no run pays for another's writes. */
    private static void settle() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    /** Writes {@code bytes} bytes of one constant CSV row: the floor for writing the same output. */
    private static double rawWrite(Path file, long bytes) throws IOException {
        byte[] row = ("CO000000000001,HIRE,ORDINARY,,2017-02-28,UL,12345678903,56.10.11,2007,015146,RSSMRA85T10A562S,"
                + "M,1985-12-10,IT,015146,3,2017-03-01,2017-06-30,A.02.00,F,40,5.2.2.1.0,SYN-I,2017-03-01,,,\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[(1 << 20) / row.length * row.length];
        for (int i = 0; i < block.length; i += row.length) {
            System.arraycopy(row, 0, block, i, row.length);
        }
        long t = System.nanoTime();
        try (OutputStream o = DirectOutput.open(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                o.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        Files.delete(file);
        return seconds;
    }

}
