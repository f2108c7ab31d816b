package org.openpes.generator.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.openpes.generator.GenerationResult;
import org.openpes.generator.labour.QuarterCounts;

/**
 * Compares what was generated with the real series, quarter by quarter, for hires and terminations as contracts and
 * as workers: a CSV table and a self-contained HTML page with one SVG chart per series (no network needed).
 */
public final class CalibrationReport {
    /** One compared value. */
    public record Line(String quarter, String series, long generated, long real, double errorPercent) {
    }

    /** The comparison and its worst error. */
    public record Summary(List<Line> lines, double maxAbsErrorPercent) {
    }

    private CalibrationReport() {
    }

    /** Compares without writing anything. */
    public static Summary compare(GenerationResult r) {
        List<Line> lines = new ArrayList<>();
        double max = 0;
        for (int i = 0; i < r.quarters().size(); i++) {
            QuarterCounts g = r.quarters().get(i);
            QuarterTarget t = r.targets().get(i);
            long[][] pairs = {{g.hires(), t.hires()}, {g.hireWorkers(), t.hireWorkers()},
                {g.terminations(), t.terminations()}, {g.terminationWorkers(), t.terminationWorkers()}};
            String[] names = {"hires_contracts", "hires_workers", "terminations_contracts", "terminations_workers"};
            for (int k = 0; k < 4; k++) {
                double err = 100.0 * (pairs[k][0] - pairs[k][1]) / Math.max(1, pairs[k][1]);
                max = Math.max(max, Math.abs(err));
                lines.add(new Line(g.quarter(), names[k], pairs[k][0], pairs[k][1], err));
            }
        }
        return new Summary(lines, max);
    }

    /** Writes calibration.csv and calibration.html into {@code dir}. */
    public static Summary write(GenerationResult r, Path dir) {
        Summary s = compare(r);
        StringBuilder csv = new StringBuilder("quarter,series,generated,real_scaled,error_percent\n");
        for (Line l : s.lines()) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%.3f%n", l.quarter(), l.series(), l.generated(),
                    l.real(), l.errorPercent()));
        }
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>OpenPES calibration</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}td,th{padding:2px 8px;text-align:right}")
                .append("</style><h1>Generated against real CO flows</h1>")
                .append(String.format(Locale.ROOT, "<p>Region %s, %d–%d, scale %s, seed %d. Largest error "
                        + "%.2f%% (target ±5%%). Real series: Ministry of Labour quarterly CO notes.</p>",
                        r.params().region(), r.params().fromYear(), r.params().toYear(), r.params().scale(),
                        r.params().seed(), s.maxAbsErrorPercent()));
        chart(html, "Hires (contracts)", r, QuarterCounts::hires, QuarterTarget::hires);
        chart(html, "Hires (distinct workers)", r, QuarterCounts::hireWorkers, QuarterTarget::hireWorkers);
        chart(html, "Terminations (contracts)", r, QuarterCounts::terminations, QuarterTarget::terminations);
        chart(html, "Terminations (distinct workers)", r, QuarterCounts::terminationWorkers,
                QuarterTarget::terminationWorkers);
        html.append("<h2>Table</h2><table><tr><th>quarter</th><th>series</th><th>generated</th><th>real</th>")
                .append("<th>error %</th></tr>");
        for (Line l : s.lines()) {
            html.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td>"
                    + "<td>%.2f</td></tr>", l.quarter(), l.series(), l.generated(), l.real(), l.errorPercent()));
        }
        html.append("</table></html>\n");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("calibration.csv"), csv, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("calibration.html"), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    private static void chart(StringBuilder html, String title, GenerationResult r,
            ToLongFunction<QuarterCounts> generated, ToLongFunction<QuarterTarget> real) {
        int n = r.quarters().size();
        long max = 1;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.max(generated.applyAsLong(r.quarters().get(i)),
                    real.applyAsLong(r.targets().get(i))));
        }
        int w = 760;
        int h = 220;
        int pad = 40;
        html.append("<h2>").append(title).append("</h2>")
                .append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                        w, h, title))
                .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-size=\"11\">max %,d</text>", pad,
                        max));
        html.append(path(n, max, w, h, pad, i -> real.applyAsLong(r.targets().get(i)), "#888", "6,3"));
        html.append(path(n, max, w, h, pad, i -> generated.applyAsLong(r.quarters().get(i)), "#1f6feb", ""));
        for (int i = 0; i < n; i += 4) {
            html.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" font-size=\"10\">%s</text>",
                    x(i, n, w, pad), h - 5, r.quarters().get(i).quarter().substring(0, 4)));
        }
        html.append("<text x=\"600\" y=\"14\" font-size=\"11\" fill=\"#1f6feb\">generated</text>")
                .append("<text x=\"680\" y=\"14\" font-size=\"11\" fill=\"#888\">real</text></svg>");
    }

    private static double x(int i, int n, int w, int pad) {
        return pad + (w - 2.0 * pad) * i / Math.max(1, n - 1);
    }

    private static String path(int n, long max, int w, int h, int pad, java.util.function.IntToLongFunction v,
            String color, String dash) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double y = h - pad - (h - 2.0 * pad) * v.applyAsLong(i) / max;
            d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f,%.1f", x(i, n, w, pad), y));
        }
        return String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                + "stroke-dasharray=\"%s\"/>", d, color, dash);
    }
}
