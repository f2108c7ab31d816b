package org.openpes.observatory.forecast;

/**
 * The seasonal naive forecast: each future quarter is the same quarter of the last year observed. Its intervals
 * assume normal errors whose spread is that of the series' own past k-year differences (y(t) − y(t − 4k), k the
 * years between the forecast and the quarter it copies), leaving out the quarters COVID-19 disrupted (2020-Q1 to
 * 2021-Q2) on either side of a difference.
 */
public final class SeasonalNaive {
    static final double Z80 = 1.2815516;
    static final double Z95 = 1.9599640;

    private SeasonalNaive() {
    }

    /** One forecast: the point and its 80 % and 95 % bounds (never below 0: these are counts). */
    public record Point(int quarter, double forecast, double lo80, double hi80, double lo95, double hi95) {
    }

    /** The forecast of the quarter {@code origin + h} from the series observed up to quarter {@code origin}. */
    public static Point forecast(Series s, int origin, int h) {
        int k = (h + 3) / 4;
        int target = origin + h;
        double point = s.at(target - 4 * k);
        double sigma = spread(s, origin, k);
        return new Point(target, point, Math.max(0, point - Z80 * sigma), point + Z80 * sigma,
                Math.max(0, point - Z95 * sigma), point + Z95 * sigma);
    }

    /** The root mean square of the series' k-year differences up to {@code origin}, COVID quarters left out. */
    static double spread(Series s, int origin, int k) {
        double sum = 0;
        int n = 0;
        for (int t = s.first() + 4 * k; t <= origin; t++) {
            if (Series.covid(t) || Series.covid(t - 4 * k)) {
                continue;
            }
            double d = s.at(t) - s.at(t - 4 * k);
            sum += d * d;
            n++;
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }
}
