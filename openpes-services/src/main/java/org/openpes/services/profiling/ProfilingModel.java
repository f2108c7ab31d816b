package org.openpes.services.profiling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * The region's profiling model: for 6 and 12 months, a logistic regression fitted on seven people in ten of those
 * registered whose outcome the store can already see, and checked on the other three (overall, by sex and by
 * citizenship group); the terciles of the 12-month probability that bound the risk classes.
 */
public record ProfilingModel(LocalDate observedUntil, Horizon sixMonths, Horizon twelveMonths, double lowerTercile,
        double upperTercile) {
    /** Fewer people than this on either side of an outcome, and the fit is refused. */
    static final int MINIMUM_PER_OUTCOME = 30;
    static final double RIDGE = 1.0;

    /** One horizon's model and its checks on the people held out. */
    public record Horizon(int months, LogisticModel model, int fittedOn, ModelCheck heldOut,
            Map<String, ModelCheck> bySex, Map<String, ModelCheck> byCitizenship) {
    }

    public static ProfilingModel fit(List<Observation> people, LocalDate observedUntil) {
        Horizon six = horizon(people, 6, observedUntil);
        Horizon twelve = horizon(people, 12, observedUntil);
        double[] scores = people.stream().filter(o -> !o.heldOut())
                .mapToDouble(o -> twelve.model().probability(o.features().categories())).sorted().toArray();
        return new ProfilingModel(observedUntil, six, twelve, scores[scores.length / 3], scores[2 * scores.length / 3]);
    }

    public RiskClass riskOf(double employedIn12Months) {
        return employedIn12Months >= upperTercile ? RiskClass.LOW
                : employedIn12Months < lowerTercile ? RiskClass.HIGH : RiskClass.MEDIUM;
    }

    private static Horizon horizon(List<Observation> people, int months, LocalDate observedUntil) {
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        List<Observation> held = new ArrayList<>();
        List<Boolean> heldOutcomes = new ArrayList<>();
        for (Observation o : people) {
            Boolean employed = o.employedWithin(months, observedUntil);
            if (employed == null) {
                continue;
            }
            if (o.heldOut()) {
                held.add(o);
                heldOutcomes.add(employed);
            } else {
                rows.add(o.features().categories());
                outcomes.add(employed);
            }
        }
        long yes = outcomes.stream().filter(b -> b).count();
        if (yes < MINIMUM_PER_OUTCOME || outcomes.size() - yes < MINIMUM_PER_OUTCOME) {
            throw new OpenPesException(ErrorCode.SRV_019, String.format(java.util.Locale.ROOT,
                    "for %d months, %d people employed and %d not among the %d whose outcome the store shows "
                    + "(at least %d of each are needed)", months, yes, outcomes.size() - yes, outcomes.size(),
                    MINIMUM_PER_OUTCOME));
        }
        boolean[] y = new boolean[outcomes.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = outcomes.get(i);
        }
        LogisticModel model = LogisticFit.fit(rows, y, RIDGE);
        return new Horizon(months, model, rows.size(), check(model, held, heldOutcomes, o -> "all")
                .getOrDefault("all", ModelCheck.of(new double[0], new boolean[0])),
                check(model, held, heldOutcomes, o -> o.features().sex()),
                check(model, held, heldOutcomes, o -> o.features().citizenship()));
    }

    private static Map<String, ModelCheck> check(LogisticModel model, List<Observation> held, List<Boolean> outcomes,
            Function<Observation, String> group) {
        Map<String, List<Integer>> members = new java.util.TreeMap<>();
        for (int i = 0; i < held.size(); i++) {
            members.computeIfAbsent(group.apply(held.get(i)), g -> new ArrayList<>()).add(i);
        }
        Map<String, ModelCheck> out = new LinkedHashMap<>();
        members.forEach((g, idx) -> {
            double[] p = new double[idx.size()];
            boolean[] y = new boolean[idx.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = model.probability(held.get(idx.get(i)).features().categories());
                y[i] = outcomes.get(idx.get(i));
            }
            out.put(g, ModelCheck.of(p, y));
        });
        return out;
    }
}
