package org.openpes.generator.labour;

import java.util.List;
import java.util.SplittableRandom;
import org.openpes.generator.population.WeightedIndex;
import org.openpes.reference.co.CoCodes;
import org.openpes.reference.co.ContractGroup;
import org.openpes.reference.co.ContractType;

/**
 * Contract types of new hires in realistic shares (fixed-term about half of hires, temporary agency work about a
 * sixth, permanent contracts about a sixth) and their planned durations.
 */
final class ContractMix {
    static final List<String> CODES = List.of("A.02.00", "A.02.01", "A.06.01", "A.06.00", "A.01.00", "A.03.09",
            "A.05.02", "B.03.00", "C.01.00");
    private static final double[] SHARES = {45, 5, 15, 1, 15, 4.5, 7, 3, 2.5};
    static final int FIXED_TERM = 0;
    static final int AGENCY_FIXED = 2;
    static final int AGENCY_PERMANENT = 3;
    static final int PERMANENT = 4;
    static final int INTERMITTENT = 6;

    static final String[] WORKING_TIME = {"F", "P", "V", "M"};
    private static final double[] WORKING_TIME_SHARES = {64, 31, 3, 2};

    private final ContractType[] types;
    private final WeightedIndex typeIndex = new WeightedIndex(SHARES);
    private final WeightedIndex workingTimeIndex = new WeightedIndex(WORKING_TIME_SHARES);

    ContractMix(CoCodes codes) {
        types = CODES.stream().map(c -> codes.contractType(c).orElseThrow(
                () -> new IllegalStateException("contract type " + c + " is not in the CO code table"))).toArray(
                        ContractType[]::new);
        for (String wt : WORKING_TIME) {
            codes.workingTime(wt).orElseThrow(() -> new IllegalStateException("working time " + wt + " unknown"));
        }
    }

    int nextType(SplittableRandom r) {
        return typeIndex.next(r);
    }

    int nextWorkingTime(SplittableRandom r) {
        return workingTimeIndex.next(r);
    }

    static int weeklyHours(int workingTime, SplittableRandom r) {
        return workingTime == 0 ? (r.nextInt(10) < 8 ? 40 : 38) : 12 + r.nextInt(19);
    }

    ContractType type(int index) {
        return types[index];
    }

    ContractGroup group(int index) {
        return types[index].group();
    }

    /** Planned length in days (end = start + length - 1), or -1 for a contract with no planned end. */
    int plannedLength(int type, SplittableRandom r) {
        return switch (group(type)) {
            case PERMANENT -> -1;
            case TEMP_AGENCY -> type == AGENCY_PERMANENT ? -1 : bucket(r, AGENCY);
            case FIXED_TERM -> bucket(r, FIXED);
            case INTERMITTENT -> r.nextInt(10) < 4 ? -1 : bucket(r, FIXED);
            case APPRENTICESHIP -> 1095;
            case PARASUBORDINATE -> 90 + r.nextInt(276);
            case TRAINEESHIP_OTHER -> 90 + r.nextInt(91);
        };
    }

    /** Buckets of lengths {from, to, weight}: many very short contracts, a long tail up to two years. */
    private static final int[][] FIXED = {{1, 1, 10}, {2, 7, 10}, {8, 30, 20}, {31, 90, 22}, {91, 180, 18},
        {181, 365, 16}, {366, 730, 4}};
    private static final int[][] AGENCY = {{1, 1, 12}, {2, 7, 20}, {8, 30, 30}, {31, 90, 25}, {91, 180, 10},
        {181, 365, 3}};

    private static int bucket(SplittableRandom r, int[][] buckets) {
        int total = 0;
        for (int[] b : buckets) {
            total += b[2];
        }
        int x = r.nextInt(total);
        for (int[] b : buckets) {
            x -= b[2];
            if (x < 0) {
                return b[0] + r.nextInt(b[1] - b[0] + 1);
            }
        }
        throw new IllegalStateException();
    }

    /** A length for extending a contract (proroga). */
    int extensionLength(SplittableRandom r) {
        return bucket(r, new int[][] {{15, 30, 20}, {31, 90, 40}, {91, 180, 25}, {181, 365, 15}});
    }
}
