package org.openpes.generator.labour;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.openpes.generator.calibration.QuarterTarget;
import org.openpes.generator.output.CoEventWriter;
import org.openpes.generator.population.EmployerPopulation;
import org.openpes.generator.population.Sector;
import org.openpes.generator.population.WeightedIndex;
import org.openpes.generator.population.WorkerPool;
import org.openpes.reference.co.CoCodes;
import org.openpes.reference.co.ContractGroup;
import org.openpes.reference.territory.Comune;

/**
 * Simulates the region's labour market quarter by quarter so that each quarter's hires and terminations equal the
 * real targets, as contracts and as distinct workers. How (docs/generator.md gives the details):
 * <ul>
 * <li>a worker holds at most one position at a time, and is hired only when not employed, so distinct workers are
 * controlled by construction;</li>
 * <li>the extra contracts of a quarter (contracts minus workers) are chains of very short contracts of one worker
 * within the quarter; a few chains end with a longer contract, which tunes the extra terminations;</li>
 * <li>terminations are first the planned ends that fall in the quarter; the gap to the target is closed with early
 * terminations (resignations, dismissals) drawn from older positions, or, when there are too many planned ends, by
 * extending or transforming some of them (proroghe, trasformazioni).</li>
 * </ul>
 */
public final class LabourMarketSimulation {
    private static final double NEW_ENTRANT_SHARE = 0.27;
    private static final double SILENT_END_SHARE = 0.35;
    private static final double CORRECTION_RATE = 0.004;
    private static final double ANNULMENT_RATE = 0.002;
    /** A returning worker is hired in the sector of their last job this often (otherwise in a seasonal draw). */
    private static final double SECTOR_PERSISTENCE = 0.6;
    /** ...and, when in that sector, keeps their last occupation this often. */
    private static final double OCCUPATION_PERSISTENCE = 0.7;

    private final WorkerPool workers;
    private final EmployerPopulation employers;
    private final List<Sector> sectors;
    private final List<Comune> comuni;
    private final ContractMix mix;
    private final CoEventWriter out;
    private final LabourMarketListener listener;
    private final SplittableRandom random;
    private final ContractBook book = new ContractBook();
    private final ContractEvents events;
    private final List<String> cpCodes = new ArrayList<>();
    private final int[][] sectorCp;
    private final String[] ccnl;

    private final WeightedIndex[] sectorBySeason = new WeightedIndex[4];

    private final IntList recentA = new IntList();
    private final IntList recentB = new IntList();
    private final IntList older = new IntList();
    private final IntList released = new IntList();
    private final CareerState careers;

    private long corrections;
    private long annulments;

    public LabourMarketSimulation(WorkerPool workers, EmployerPopulation employers, List<Sector> sectors,
            List<Comune> comuni, CoCodes codes, CoEventWriter out, LabourMarketListener listener, long seed) {
        this.workers = workers;
        this.employers = employers;
        this.sectors = sectors;
        this.comuni = comuni;
        this.mix = new ContractMix(codes);
        this.out = out;
        this.listener = listener;
        this.random = new SplittableRandom(seed);
        this.careers = new CareerState(workers.capacity());
        Map<String, Integer> cpIndex = new HashMap<>();
        sectorCp = new int[sectors.size()][];
        ccnl = new String[sectors.size()];
        for (int s = 0; s < sectors.size(); s++) {
            List<String> codesOfSector = sectors.get(s).cp2011Codes();
            sectorCp[s] = new int[codesOfSector.size()];
            for (int k = 0; k < codesOfSector.size(); k++) {
                String c = codesOfSector.get(k);
                Integer idx = cpIndex.get(c);
                if (idx == null) {
                    idx = cpCodes.size();
                    cpCodes.add(c);
                    cpIndex.put(c, idx);
                }
                sectorCp[s][k] = idx;
            }
            ccnl[s] = "SYN-" + sectors.get(s).section();
        }
        this.events = new ContractEvents(book, workers, employers, comuni, cpCodes, ccnl, out, random);
        for (int q = 0; q < 4; q++) {
            double[] w = new double[sectors.size()];
            for (int s = 0; s < w.length; s++) {
                w[s] = sectors.get(s).hireShare() * sectors.get(s).seasonality()[q];
            }
            sectorBySeason[q] = new WeightedIndex(w);
        }
    }

    // ------------------------------------------------------------------ initial stock

    /**
     * Opens the positions that exist when the window starts (hired from March 2008, when CO began, to the day
     * before {@code firstDay}); their hires are written to {@code co/events_before_YYYY.csv}. Returns the stock.
     */
    public long openInitialStock(long positions, int firstDay) {
        out.file("events_before_" + LocalDate.ofEpochDay(firstDay).getYear());
        int coStart = (int) LocalDate.of(2008, 3, 1).toEpochDay();
        for (long i = 0; i < positions; i++) {
            int w = workers.create(firstDay, 22, 62, random);
            careers.reset(w);
            int s = sectorBySeason[0].next(random);
            int e = employers.pickNear(s, workers.residenceIndex(w), random);
            double x = random.nextDouble();
            int type;
            int start;
            int end;
            if (x < 0.75) {
                type = ContractMix.PERMANENT;
                // Not before CO began, nor before the worker was 16.
                int earliest = Math.max(coStart, workers.birthDay(w) + 16 * 366);
                start = earliest + random.nextInt(Math.max(1, firstDay - earliest));
                end = ContractBook.NO_END;
            } else if (x < 0.90) {
                type = ContractMix.FIXED_TERM;
                start = firstDay - 1 - random.nextInt(300);
                end = firstDay + random.nextInt(540);
            } else if (x < 0.95) {
                type = 5; // apprenticeship
                start = firstDay - 1 - random.nextInt(1000);
                end = start + 1094;
            } else {
                type = ContractMix.AGENCY_FIXED;
                start = firstDay - 1 - random.nextInt(60);
                end = firstDay + random.nextInt(180);
            }
            int wt = mix.nextWorkingTime(random);
            int cp = sectorCp[s][random.nextInt(sectorCp[s].length)];
            careers.lastJob(w, s, cp);
            int slot = book.add(w, e, start, end, type, wt, ContractMix.weeklyHours(wt, random), cp,
                    ContractBook.INITIAL);
            events.hire(slot);
        }
        return positions;
    }

    // ------------------------------------------------------------------ one quarter

    /** Generates quarter {@code qi} (0-based from the first) to match {@code target}; returns what it generated. */
    public QuarterCounts quarter(int qi, QuarterTarget target) {
        LocalDate first = LocalDate.of(target.year(), 3 * target.quarter() - 2, 1);
        int qStart = (int) first.toEpochDay();
        int qEnd = (int) first.plusMonths(3).toEpochDay() - 1;
        out.file("events_" + target.year());
        long corrections0 = corrections;
        long annulments0 = annulments;

        long hireWorkersTarget = Math.min(target.hireWorkers(), target.hires());
        long extraHires = target.hires() - hireWorkersTarget;
        long extraTerminations = Math.max(0, target.terminations() - target.terminationWorkers());
        int[] chainLengths = chainLengths(extraHires);
        int longTails = (int) Math.max(0, Math.min(chainLengths.length, extraHires - extraTerminations));
        long singles = hireWorkersTarget - chainLengths.length;

        WeightedIndex days = dayWeights(qStart, qEnd);
        WeightedIndex sectorIndex = sectorBySeason[target.quarter() - 1];
        long hires = 0;
        long hireWorkers = 0;
        for (long i = 0; i < singles; i++) {
            int day = qStart + days.next(random);
            int w = pickWorker(day);
            int s = sectorOf(w, sectorIndex);
            int type = mix.nextType(random);
            int length = mix.plannedLength(type, random);
            int slot = hire(w, employers.pickNear(s, workers.residenceIndex(w), random), s, day, type,
                    length < 0 ? ContractBook.NO_END : day + length - 1, 0);
            hires++;
            hireWorkers += careers.firstHireIn(w, qi);
        }
        for (int c = 0; c < chainLengths.length; c++) {
            int k = chainLengths[c];
            boolean longTail = c < longTails;
            int w = pickWorker(qStart);
            int s = sectorOf(w, sectorIndex);
            int e = employers.pickNear(s, workers.residenceIndex(w), random);
            int span = qEnd - qStart + 1;
            int day = qStart + random.nextInt(Math.max(1, span - 12 * k));
            for (int j = 0; j < k; j++) {
                boolean last = j == k - 1;
                int type = random.nextInt(10) < 6 ? ContractMix.FIXED_TERM : ContractMix.AGENCY_FIXED;
                int length = 1 + (random.nextInt(10) < 4 ? 0 : random.nextInt(5));
                int end = day + length - 1;
                if (last && longTail) {
                    end = qEnd + 1 + random.nextInt(120);
                } else if (end > qEnd) {
                    end = qEnd;
                }
                int flag = ContractBook.CHAIN | (last ? ContractBook.CHAIN_LAST : 0);
                int slot = hire(w, random.nextInt(10) < 7 ? e : employers.pick(s, random), s, Math.min(day, end),
                        type, end, flag);
                hires++;
                hireWorkers += careers.firstHireIn(w, qi);
                day = Math.min(qEnd, end + 1 + random.nextInt(6));
            }
        }
        long[] ends = terminations(qi, qStart, qEnd, target.terminations());
        long extensions = ends[3];
        long transformations = ends[4];
        long[] base = baseExtensionsAndTransformations(qi, qStart, qEnd, target.hires());
        extensions += base[0];
        transformations += base[1];
        book.compact();
        endQuarter();
        return new QuarterCounts(target.label(), hires, hireWorkers, ends[0], ends[1], ends[2], extensions,
                transformations, book.size, corrections - corrections0, annulments - annulments0);
    }

    /** Chain lengths (2 to 5 contracts) whose extra contracts add up to {@code extra}. */
    private int[] chainLengths(long extra) {
        List<Integer> lengths = new ArrayList<>();
        long left = extra;
        while (left > 0) {
            int x = random.nextInt(100);
            int k = x < 75 ? 2 : x < 92 ? 3 : x < 98 ? 4 : 5;
            k = (int) Math.min(k, left + 1);
            lengths.add(k);
            left -= k - 1;
        }
        return lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Working days weigh more; the first of the month, when many contracts start, weighs three working days. */
    private static WeightedIndex dayWeights(int qStart, int qEnd) {
        double[] w = new double[qEnd - qStart + 1];
        for (int d = qStart; d <= qEnd; d++) {
            LocalDate date = LocalDate.ofEpochDay(d);
            DayOfWeek dow = date.getDayOfWeek();
            double x = dow == DayOfWeek.SUNDAY ? 0.15 : dow == DayOfWeek.SATURDAY ? 0.3 : 1.0;
            w[d - qStart] = date.getDayOfMonth() == 1 ? x * 3 : x;
        }
        return new WeightedIndex(w);
    }

    private int pickWorker(int day) {
        double x = random.nextDouble();
        if (x >= NEW_ENTRANT_SHARE) {
            double y = random.nextDouble();
            int w = y < 0.45 ? takeFirst(recentA, recentB, older)
                    : y < 0.70 ? takeFirst(recentB, recentA, older) : takeFirst(older, recentB, recentA);
            if (w >= 0) {
                return w;
            }
        }
        boolean young = random.nextDouble() < 0.7;
        int w = young ? workers.create(day, 16, 29, random) : workers.create(day, 30, 60, random);
        careers.reset(w);
        return w;
    }

    /** A random worker removed from the first non-empty list, or -1 when all are empty. */
    private int takeFirst(IntList a, IntList b, IntList c) {
        IntList from = !a.isEmpty() ? a : !b.isEmpty() ? b : c;
        return from.isEmpty() ? -1 : from.removeRandom(random);
    }

    /** Careers persist: a returning worker often goes back to the sector of their last job. */
    private int sectorOf(int w, WeightedIndex seasonal) {
        int last = careers.lastJob(w);
        return last >= 0 && random.nextDouble() < SECTOR_PERSISTENCE ? last >>> 16 : seasonal.next(random);
    }

    /** ...and, in that sector, often to the same occupation; otherwise one of the sector's occupations. */
    private int occupationOf(int w, int s) {
        int last = careers.lastJob(w);
        int cp = last >= 0 && last >>> 16 == s && random.nextDouble() < OCCUPATION_PERSISTENCE ? last & 0xFFFF
                : sectorCp[s][random.nextInt(sectorCp[s].length)];
        careers.lastJob(w, s, cp);
        return cp;
    }

    private int hire(int w, int e, int s, int day, int type, int end, int flag) {
        int wt = mix.nextWorkingTime(random);
        int cp = occupationOf(w, s);
        int slot = book.add(w, e, day, end, type, wt, ContractMix.weeklyHours(wt, random), cp, flag);
        double x = random.nextDouble();
        if (x < CORRECTION_RATE) {
            events.hireCorrected(slot);
            corrections++;
        } else if (x < CORRECTION_RATE + ANNULMENT_RATE) {
            events.hireWithAnnulledMistake(slot);
            annulments++;
        } else {
            events.hire(slot);
        }
        if ((flag & ContractBook.CHAIN) == 0) {
            listener.hired(w, e, day, cpCodes.get(cp), mix.type(type).code(), ContractMix.WORKING_TIME[wt]);
        }
        return slot;
    }

    // ------------------------------------------------------------------ terminations

    /**
     * Closes the quarter's positions so that terminations equal the target. Returns {terminations, distinct workers,
     * silent terminations, extensions, transformations}.
     */
    private long[] terminations(int qi, int qStart, int qEnd, long target) {
        IntList naturals = new IntList();
        for (int s = 0; s < book.size; s++) {
            if (book.end[s] >= qStart && book.end[s] <= qEnd) {
                naturals.add(s);
            }
        }
        long gap = target - naturals.size();
        long extensions = 0;
        long transformations = 0;
        if (gap < 0) {
            IntList savable = new IntList();
            for (int i = 0; i < naturals.size(); i++) {
                int s = naturals.get(i);
                if (!book.has(s, ContractBook.CHAIN)) {
                    savable.add(s);
                }
            }
            for (long k = 0; k < -gap && !savable.isEmpty(); k++) {
                int s = savable.removeRandom(random);
                book.mark[s] = qi;
                if (save(s, qEnd)) {
                    transformations++;
                } else {
                    extensions++;
                }
            }
        }
        long terminations = 0;
        long workersEnded = 0;
        long silent = 0;
        for (int i = 0; i < naturals.size(); i++) {
            int s = naturals.get(i);
            if (book.mark[s] == qi) {
                continue;
            }
            boolean communicated = book.has(s, ContractBook.CHAIN) || random.nextDouble() >= SILENT_END_SHARE;
            if (communicated) {
                terminate(s, book.end[s], "CTE");
            } else {
                silent++;
                book.flags[s] |= ContractBook.TERMINATED;
                afterTermination(s, book.end[s]);
            }
            terminations++;
            workersEnded += careers.firstTerminationIn(book.worker[s], qi);
        }
        if (gap > 0) {
            long attempts = 0;
            long wanted = gap;
            while (wanted > 0 && attempts < 200 * gap + 1000) {
                attempts++;
                int s = random.nextInt(book.size);
                boolean older = book.start[s] < qStart || attempts > 50 * gap;
                if (!older || book.mark[s] == qi || book.has(s, ContractBook.CHAIN | ContractBook.TERMINATED)
                        || book.end[s] <= qEnd) {
                    continue;
                }
                book.mark[s] = qi;
                int from = Math.max(book.start[s], qStart);
                int day = from + random.nextInt(qEnd - from + 1);
                terminate(s, day, earlyReason(s));
                terminations++;
                workersEnded += careers.firstTerminationIn(book.worker[s], qi);
                wanted--;
            }
        }
        return new long[] {terminations, workersEnded, silent, extensions, transformations};
    }

    private String earlyReason(int s) {
        int x = random.nextInt(100);
        if (mix.group(book.type[s]) == ContractGroup.PERMANENT) {
            return x < 45 ? "DIM" : x < 60 ? "LGO" : x < 65 ? "LGS" : x < 68 ? "LGC" : x < 78 ? "RCO"
                    : x < 90 ? "PEN" : x < 94 ? "MSP" : x < 97 ? "DPP" : x < 98 ? "DEC" : "CAT";
        }
        return x < 40 ? "ATE" : x < 70 ? "DIM" : x < 80 ? "MSP" : x < 90 ? "DPP" : "RCO";
    }

    private void terminate(int s, int day, String reason) {
        events.termination(s, day, reason);
        book.flags[s] |= ContractBook.TERMINATED;
        afterTermination(s, day);
    }

    private void afterTermination(int s, int day) {
        if (!book.has(s, ContractBook.CHAIN) || book.has(s, ContractBook.CHAIN_LAST)) {
            released.add(book.worker[s]);
            listener.terminated(book.worker[s], day, cpCodes.get(book.cp2011[s]));
        }
    }

    /** Keeps a position that would end in the quarter: a transformation to permanent, or an extension. */
    private boolean save(int s, int qEnd) {
        ContractGroup group = mix.group(book.type[s]);
        int day = Math.max(book.start[s], book.end[s] - random.nextInt(15));
        boolean transformable = group == ContractGroup.FIXED_TERM || group == ContractGroup.TEMP_AGENCY
                || group == ContractGroup.APPRENTICESHIP;
        if (transformable && random.nextInt(100) < (group == ContractGroup.APPRENTICESHIP ? 60 : 25)) {
            transform(s, day, group == ContractGroup.APPRENTICESHIP ? "API" : "TDI");
            return true;
        }
        int newEnd = Math.max(qEnd + 1, book.end[s]) + mix.extensionLength(random);
        extend(s, day, newEnd);
        return false;
    }

    private void transform(int s, int day, String code) {
        events.transformation(s, day, code);
        book.type[s] = (byte) (book.type[s] == ContractMix.AGENCY_FIXED ? ContractMix.AGENCY_PERMANENT
                : ContractMix.PERMANENT);
        book.end[s] = ContractBook.NO_END;
    }

    private void extend(int s, int day, int newEnd) {
        events.extension(s, day, newEnd);
        book.end[s] = newEnd;
    }

    /** Extensions and transformations of positions that do not end in the quarter: they leave its counts alone. */
    private long[] baseExtensionsAndTransformations(int qi, int qStart, int qEnd, long hires) {
        long wantedExt = Math.round(hires * 0.05);
        long wantedTr = Math.round(hires * 0.03);
        long ext = 0;
        long tr = 0;
        long attempts = 0;
        while ((ext < wantedExt || tr < wantedTr) && attempts++ < 20 * (wantedExt + wantedTr) + 1000) {
            int s = random.nextInt(book.size);
            ContractGroup g = mix.group(book.type[s]);
            if (book.start[s] >= qStart || book.end[s] == ContractBook.NO_END || book.end[s] <= qEnd
                    || book.mark[s] == qi || book.has(s, ContractBook.TERMINATED | ContractBook.CHAIN)
                    || (g != ContractGroup.FIXED_TERM && g != ContractGroup.TEMP_AGENCY)) {
                continue;
            }
            book.mark[s] = qi;
            int day = qStart + random.nextInt(qEnd - qStart + 1);
            if (ext < wantedExt) {
                extend(s, day, book.end[s] + mix.extensionLength(random));
                ext++;
            } else {
                transform(s, day, "TDI");
                tr++;
            }
        }
        return new long[] {ext, tr};
    }

    private void endQuarter() {
        older.addAll(recentB);
        recentB.clear();
        recentB.addAll(recentA);
        recentA.clear();
        recentA.addAll(released);
        released.clear();
    }
}
