package org.openpes.services.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Risk-set matching: each person who received the service on day t is compared with up to
 * {@link #CONTROLS} people drawn at random among those registered, not hired and not yet served on day t, in the same
 * cell of observables on that day (sex, age class, education, months without work, province, last occupation
 * group). Where that cell holds nobody, the occupation group is dropped, then the age class
 * ({@link Evaluation#matchedAtLevel}). Outcomes run from day t for both. The effect is the mean of each treated
 * person's outcome minus their controls' mean, with a normal 95 % interval on those paired differences (controls may
 * serve several people, which this interval ignores).
 */
public final class MatchedComparison {
    static final int CONTROLS = 5;
    static final int LEVELS = 3;
    static final int[] HORIZONS = {30, 90, 180, 365};

    private MatchedComparison() {
    }

    public static Evaluation evaluate(Service service, List<Subject> people, LocalDate observedUntil, int k,
            long seed) {
        List<Map<String, List<Subject>>> byFixedCell = List.of(new HashMap<>(), new HashMap<>());
        for (Subject s : people) {
            for (int level = 0; level < 2; level++) {
                byFixedCell.get(level).computeIfAbsent(s.fixedCell(level), c -> new ArrayList<>()).add(s);
            }
        }
        int[] matchedAt = new int[LEVELS];
        SplittableRandom random = new SplittableRandom(seed);
        List<Subject> treated = new ArrayList<>();
        List<List<Subject>> controls = new ArrayList<>();
        int received = 0;
        for (Subject t : people) {
            LocalDate day = t.served();
            if (day == null || day.isAfter(observedUntil) || !t.atRiskOn(day)) {
                continue;
            }
            received++;
            for (int level = 0; level < LEVELS; level++) {
                List<Subject> drawn = draw(t, day, level, byFixedCell.get(Math.min(level, 1)).get(t.fixedCell(
                        Math.min(level, 1))), random);
                if (!drawn.isEmpty()) {
                    treated.add(t);
                    controls.add(drawn);
                    matchedAt[level]++;
                    break;
                }
            }
        }
        List<Evaluation.Horizon> hired = new ArrayList<>();
        for (int days : HORIZONS) {
            hired.add(horizon(days, false, treated, controls, observedUntil, k));
        }
        Evaluation.Horizon durable = horizon(365, true, treated, controls, observedUntil, k);
        Integer[] medians = medians(treated, controls, observedUntil, k);
        return new Evaluation(service.toString(), observedUntil, received, treated.size(),
                java.util.Arrays.stream(matchedAt).boxed().toList(), CONTROLS, hired, durable, medians[0], medians[1]);
    }

    /** Up to {@link #CONTROLS} people of {@code pool} at random, comparable with {@code t} on {@code day}. */
    private static List<Subject> draw(Subject t, LocalDate day, int level, List<Subject> pool,
            SplittableRandom random) {
        String cell = t.cellOn(day, level);
        List<Subject> drawn = new ArrayList<>();
        int seen = 0;
        for (Subject c : pool) {
            if (c == t || !c.atRiskOn(day) || c.served() != null && !c.served().isAfter(day)
                    || !cell.equals(c.cellOn(day, level))) {
                continue;
            }
            seen++; // reservoir sampling: each eligible person is kept with the same chance
            if (drawn.size() < CONTROLS) {
                drawn.add(c);
            } else if (random.nextInt(seen) < CONTROLS) {
                drawn.set(random.nextInt(CONTROLS), c);
            }
        }
        return drawn;
    }

    private static boolean outcome(Subject s, LocalDate day, int days, boolean durable) {
        LocalDate hire = s.history().nextHire();
        return hire != null && !hire.isAfter(day.plusDays(days)) && (!durable || s.history().nextHireDurable());
    }

    private static Evaluation.Horizon horizon(int days, boolean durable, List<Subject> treated,
            List<List<Subject>> controls, LocalDate observedUntil, int k) {
        List<Double> differences = new ArrayList<>();
        double treatedSum = 0;
        double controlSum = 0;
        int yes = 0;
        for (int i = 0; i < treated.size(); i++) {
            LocalDate day = treated.get(i).served();
            if (day.plusDays(days).isAfter(observedUntil)) {
                continue; // not followed that long yet
            }
            double y = outcome(treated.get(i), day, days, durable) ? 1 : 0;
            double c = 0;
            for (Subject s : controls.get(i)) {
                c += outcome(s, day, days, durable) ? 1 : 0;
            }
            c /= controls.get(i).size();
            yes += (int) y;
            treatedSum += y;
            controlSum += c;
            differences.add(y - c);
        }
        int n = differences.size();
        if (n < k || yes < k || n - yes < k) {
            return new Evaluation.Horizon(days, n < k ? 0 : n, null, null, null, null, null, true);
        }
        double mean = (treatedSum - controlSum) / n;
        double variance = 0;
        for (double d : differences) {
            variance += (d - mean) * (d - mean);
        }
        double se = Math.sqrt(variance / (n - 1) / n);
        return new Evaluation.Horizon(days, n, treatedSum / n, controlSum / n, mean, mean - 1.96 * se,
                mean + 1.96 * se, false);
    }

    /** The Kaplan–Meier medians of days to a hire from the service, treated and (weighted 1/m) comparison. */
    private static Integer[] medians(List<Subject> treated, List<List<Subject>> controls, LocalDate observedUntil,
            int k) {
        if (treated.size() < k) {
            return new Integer[] {null, null};
        }
        int n = treated.size();
        int m = controls.stream().mapToInt(List::size).sum();
        int[] td = new int[n];
        boolean[] te = new boolean[n];
        double[] tw = new double[n];
        int[] cd = new int[m];
        boolean[] ce = new boolean[m];
        double[] cw = new double[m];
        int j = 0;
        for (int i = 0; i < n; i++) {
            LocalDate day = treated.get(i).served();
            te[i] = time(treated.get(i), day, observedUntil, td, i);
            tw[i] = 1;
            for (Subject c : controls.get(i)) {
                ce[j] = time(c, day, observedUntil, cd, j);
                cw[j++] = 1.0 / controls.get(i).size();
            }
        }
        return new Integer[] {Survival.median(td, te, tw), Survival.median(cd, ce, cw)};
    }

    private static boolean time(Subject s, LocalDate day, LocalDate observedUntil, int[] into, int at) {
        LocalDate hire = s.history().nextHire();
        boolean event = hire != null && !hire.isAfter(observedUntil);
        into[at] = (int) ChronoUnit.DAYS.between(day, event ? hire : observedUntil);
        return event;
    }
}
