package org.openpes.generator.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpes.reference.territory.Comune;

/**
 * Weights of the comuni of a region for where people live and where firms are. No population table is among the
 * reference data, so the weights are a documented proxy: for Lombardy, approximate province populations with the
 * capoluogo's share (population_proxy.csv); elsewhere, equal provinces with the capoluogo weighing 20 comuni.
 * Inside a province, comuni other than the capoluogo get a deterministic log-normal spread.
 */
public final class ComuneWeights {
    private final List<Comune> comuni;
    private final double[] residence;
    private final double[] workplace;

    public ComuneWeights(List<Comune> comuni, long seed) {
        this.comuni = comuni;
        Map<String, double[]> proxy = proxy();
        Map<String, Integer> othersInProvince = new HashMap<>();
        for (Comune c : comuni) {
            if (!c.provinceCapital()) {
                othersInProvince.merge(c.historicalProvinceCode(), 1, Integer::sum);
            }
        }
        residence = new double[comuni.size()];
        workplace = new double[comuni.size()];
        for (int i = 0; i < comuni.size(); i++) {
            Comune c = comuni.get(i);
            double[] p = proxy.get(c.historicalProvinceCode());
            double spread = Math.exp(1.1 * gaussian(Hash.mix(seed ^ Long.parseLong(c.code()))));
            int others = Math.max(1, othersInProvince.getOrDefault(c.historicalProvinceCode(), 1));
            double w;
            if (p != null) {
                w = c.provinceCapital() ? p[1] : (p[0] - p[1]) / others * spread / Math.exp(0.605);
            } else {
                w = c.provinceCapital() ? 20.0 : spread / Math.exp(0.605);
            }
            residence[i] = w;
            workplace[i] = c.provinceCapital() ? w * 1.6 : w;
        }
    }

    private static double gaussian(long h) {
        double u1 = Math.max(1e-12, Hash.unit(h));
        double u2 = Hash.unit(Hash.mix(h));
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static Map<String, double[]> proxy() {
        Map<String, double[]> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ComuneWeights.class.getResourceAsStream("/org/openpes/generator/population_proxy.csv"),
                StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", 5);
                out.put(f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<Comune> comuni() {
        return comuni;
    }

    public WeightedIndex residenceIndex() {
        return new WeightedIndex(residence);
    }

    public WeightedIndex workplaceIndex() {
        return new WeightedIndex(workplace);
    }
}
