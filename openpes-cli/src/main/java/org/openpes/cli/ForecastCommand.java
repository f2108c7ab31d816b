package org.openpes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.forecast.Backtest;
import org.openpes.observatory.forecast.MinistryQuarterlyFile;
import org.openpes.observatory.forecast.SeasonalNaive;
import org.openpes.observatory.forecast.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "forecast", mixinStandardHelpOptions = true, subcommands = ForecastCommand.Check.class,
        description = {"Forecast quarterly CO flows for the quarters after the last one in the input, with 80% and "
            + "95% intervals: one CSV row per series and quarter (region,flow,unit,quarter,forecast,lo80,hi80,lo95,"
            + "hi95).", "This first slice reads files in the Ministry's quarterly format and uses the seasonal naive "
            + "method (docs/anticipation.md)."})
final class ForecastCommand implements Callable<Integer> {
    enum Format {
        csv
    }

    enum Level {
        region
    }

    @Option(names = "--series",
            description = "A file in the Ministry's quarterly format (a store directory comes with a later slice).")
    Path series;

    @Option(names = "--horizon", defaultValue = "3", description = "Quarters ahead, 1 to 8 (default ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--format", defaultValue = "csv", description = "csv (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--level", defaultValue = "region", description = "region (default ${DEFAULT-VALUE}).")
    Level level;

    @Override
    public Integer call() {
        if (series == null) {
            throw new OpenPesException(ErrorCode.FCS_002, "(none)", "required: a file in the Ministry's quarterly "
                    + "format");
        }
        if (horizon < 1 || horizon > 8) {
            throw new OpenPesException(ErrorCode.FCS_002, series, "--horizon must be 1 to 8, got " + horizon);
        }
        List<Series> all = read(series);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("region,flow,unit,quarter,forecast,lo80,hi80,lo95,hi95");
        for (Series s : all) {
            for (int h = 1; h <= horizon; h++) {
                SeasonalNaive.Point p = SeasonalNaive.forecast(s, s.last(), h);
                out.printf(Locale.ROOT, "%s,%s,%s,%s,%.0f,%.0f,%.0f,%.0f,%.0f%n", csv(s.region()), s.flow(), s.unit(),
                        Series.quarter(p.quarter()), p.forecast(), p.lo80(), p.hi80(), p.lo95(), p.hi95());
            }
        }
        out.flush();
        return 0;
    }

    static List<Series> read(Path series) {
        if (Files.isDirectory(series)) {
            throw new OpenPesException(ErrorCode.FCS_002, series, "a store directory: forecasts from a store come "
                    + "with a later slice of issue 21; give a file in the Ministry's quarterly format");
        }
        return MinistryQuarterlyFile.read(series);
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    @Command(name = "backtest", mixinStandardHelpOptions = true,
            description = "Rolling-origin back-test: every origin whose forecasts land between --from and --to, "
                    + "horizons 1 to --horizons; MASE, sMAPE and the coverage of the 80% and 95% intervals, by flow "
                    + "and unit and overall; --out writes every check as CSV.")
    static final class Check implements Callable<Integer> {
        @Option(names = "--series", required = true, description = "A file in the Ministry's quarterly format.")
        Path series;

        @Option(names = "--from", defaultValue = "2022-Q1", description = "First quarter forecast (default ${DEFAULT-VALUE}).")
        String from;

        @Option(names = "--to", defaultValue = "2024-Q4", description = "Last quarter forecast (default ${DEFAULT-VALUE}).")
        String to;

        @Option(names = "--horizons", defaultValue = "3", description = "Horizons 1 to N (default ${DEFAULT-VALUE}).")
        int horizons;

        @Option(names = "--out", description = "Write every check (series, origin, horizon, forecast, actual) here.")
        Path out;

        @Override
        public Integer call() throws IOException {
            List<Series> all = read(series).stream().filter(s -> !s.region().startsWith("Totale")).toList();
            List<Backtest.Check> checks = Backtest.run(all, quarter("--from", from), quarter("--to", to), horizons);
            Map<String, List<Backtest.Check>> byLevel = new TreeMap<>();
            for (Backtest.Check c : checks) {
                byLevel.computeIfAbsent(c.series().flow() + " " + c.series().unit(), k -> new ArrayList<>()).add(c);
            }
            System.out.printf(Locale.ROOT, "back-test of the seasonal naive method: %d series (regions), origins "
                    + "forecasting %s to %s, horizons 1-%d%n", all.size(), from, to, horizons);
            System.out.printf(Locale.ROOT, "%-24s %7s %7s %8s %10s %10s%n", "level", "checks", "MASE", "sMAPE %",
                    "cover 80%", "cover 95%");
            byLevel.forEach((k, v) -> print(Backtest.summary(k, v)));
            print(Backtest.summary("all", checks));
            System.out.println("ratio of MASE to seasonal naive's: 1.00 (the seasonal naive method is this slice's "
                    + "only method)");
            if (out != null) {
                StringBuilder s = new StringBuilder("region,flow,unit,origin,h,quarter,forecast,actual,lo80,hi80,"
                        + "lo95,hi95,scaled_error\n");
                for (Backtest.Check c : checks) {
                    s.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%s,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f,%.4f%n",
                            c.series().region(), c.series().flow(), c.series().unit(), Series.quarter(c.origin()),
                            c.h(), Series.quarter(c.point().quarter()), c.point().forecast(), c.actual(),
                            c.point().lo80(), c.point().hi80(), c.point().lo95(), c.point().hi95(), c.scaledError()));
                }
                Files.writeString(out, s);
            }
            return 0;
        }

        private static void print(Backtest.Summary s) {
            System.out.printf(Locale.ROOT, "%-24s %7d %7.3f %8.2f %9.1f%% %9.1f%%%n", s.level(), s.checks(), s.mase(),
                    s.smape(), 100 * s.coverage80(), 100 * s.coverage95());
        }

        private static int quarter(String option, String q) {
            if (!q.matches("\\d{4}-Q[1-4]")) {
                throw new OpenPesException(ErrorCode.FCS_002, option, "a quarter written like 2022-Q1, got '" + q
                        + "'");
            }
            return Integer.parseInt(q.substring(0, 4)) * 4 + q.charAt(6) - '1';
        }
    }
}
