package org.openpes.skills.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Chooses courses that cover a seeker's missing essential skills with few hours: greedy weighted set cover, each
 * time taking the course with the most still-missing skills per hour (ties: fewer hours, then course id). The
 * greedy choice is within a factor ln(n) of the optimum, which is enough for an operator's proposal.
 */
public final class TrainingPlanner {
    private final List<Course> catalogue;

    public TrainingPlanner(List<Course> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    public TrainingPath plan(Set<String> held, List<String> targetEssential, Function<String, String> label) {
        LinkedHashSet<String> missing = new LinkedHashSet<>(targetEssential);
        missing.removeAll(held);
        List<String> missingLabels = missing.stream().map(label).toList();
        Set<String> remaining = new LinkedHashSet<>(missing);
        List<TrainingPath.Step> steps = new ArrayList<>();
        int hours = 0;
        while (!remaining.isEmpty()) {
            Course best = null;
            int bestCover = 0;
            for (Course c : catalogue) {
                int cover = 0;
                for (String s : c.skills()) {
                    cover += remaining.contains(s) ? 1 : 0;
                }
                if (cover > 0 && (best == null || better(cover, c, bestCover, best))) {
                    best = c;
                    bestCover = cover;
                }
            }
            if (best == null) {
                break;
            }
            List<String> covered = new ArrayList<>();
            for (String s : best.skills()) {
                if (remaining.remove(s)) {
                    covered.add(label.apply(s));
                }
            }
            hours += best.hours();
            steps.add(new TrainingPath.Step(steps.size() + 1, best.id(), best.title(), best.hours(), covered));
        }
        return new TrainingPath(missingLabels, steps, hours, remaining.stream().map(label).toList());
    }

    private static boolean better(int cover, Course c, int bestCover, Course best) {
        double a = cover / (double) Math.max(1, c.hours());
        double b = bestCover / (double) Math.max(1, best.hours());
        if (a != b) {
            return a > b;
        }
        if (c.hours() != best.hours()) {
            return c.hours() < best.hours();
        }
        return c.id().compareTo(best.id()) < 0;
    }
}
