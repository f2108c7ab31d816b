package org.openpes.services.profiling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A fitted logistic regression over categories ({@code name=value}): the log-odds are the intercept plus the weight
 * of each category a person has; a category not seen in fitting weighs 0.
 */
public record LogisticModel(double intercept, Map<String, Double> weights) {
    public LogisticModel {
        weights = Map.copyOf(weights);
    }

    public double probability(List<String> categories) {
        double z = intercept;
        for (String c : categories) {
            z += weights.getOrDefault(c, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** A category of a person and its weight on the log-odds (positive: more likely to be employed). */
    public record Factor(String category, double weight) {
    }

    /** The {@code n} categories of a person that weigh most, either way. */
    public List<Factor> mainFactors(List<String> categories, int n) {
        List<Factor> out = new ArrayList<>();
        for (String c : categories) {
            out.add(new Factor(c, weights.getOrDefault(c, 0.0)));
        }
        out.sort(Comparator.comparingDouble((Factor f) -> -Math.abs(f.weight())).thenComparing(Factor::category));
        return out.subList(0, Math.min(n, out.size()));
    }
}
