package org.openpes.observatory.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolling-origin evaluation: for every series, every origin whose forecasts land in [{@code from}, {@code to}] and
 * every horizon 1..{@code horizons}, the forecast against what happened. MASE scales each absolute error by the
 * in-sample mean absolute error of the seasonal naive method up to the origin (Hyndman & Koehler, 2006); sMAPE is
 * 200 |y − f| / (|y| + |f|); coverage is the share of actual values inside each interval.
 */
public final class Backtest {
    private Backtest() {
    }

    /** One forecast checked against the actual value. */
    public record Check(Series series, int origin, int h, SeasonalNaive.Point point, double actual, double scale) {
        public double scaledError() {
            return Math.abs(actual - point.forecast()) / scale;
        }

        public double smape() {
            double d = Math.abs(actual) + Math.abs(point.forecast());
            return d == 0 ? 0 : 200 * Math.abs(actual - point.forecast()) / d;
        }

        public boolean in80() {
            return actual >= point.lo80() && actual <= point.hi80();
        }

        public boolean in95() {
            return actual >= point.lo95() && actual <= point.hi95();
        }
    }

    /** A summary over checks: their number, mean MASE and sMAPE, and the intervals' coverage. */
    public record Summary(String level, int checks, double mase, double smape, double coverage80, double coverage95) {
    }

    public static List<Check> run(List<Series> series, int from, int to, int horizons) {
        List<Check> out = new ArrayList<>();
        for (Series s : series) {
            for (int origin = from - 1; origin < to; origin++) {
                if (origin - s.first() < 8) {
                    continue; // two years at least before an origin
                }
                double scale = scale(s, origin);
                for (int h = 1; h <= horizons && origin + h <= Math.min(to, s.last()); h++) {
                    out.add(new Check(s, origin, h, SeasonalNaive.forecast(s, origin, h), s.at(origin + h), scale));
                }
            }
        }
        return out;
    }

    public static Summary summary(String level, List<Check> checks) {
        int n = checks.size();
        return new Summary(level, n, checks.stream().mapToDouble(Check::scaledError).average().orElse(Double.NaN),
                checks.stream().mapToDouble(Check::smape).average().orElse(Double.NaN),
                n == 0 ? Double.NaN : (double) checks.stream().filter(Check::in80).count() / n,
                n == 0 ? Double.NaN : (double) checks.stream().filter(Check::in95).count() / n);
    }

    /** The in-sample mean absolute error of the seasonal naive forecast up to {@code origin} (at least 1). */
    static double scale(Series s, int origin) {
        double sum = 0;
        int n = 0;
        for (int t = s.first() + 4; t <= origin; t++) {
            sum += Math.abs(s.at(t) - s.at(t - 4));
            n++;
        }
        return Math.max(1, n == 0 ? 1 : sum / n);
    }
}
