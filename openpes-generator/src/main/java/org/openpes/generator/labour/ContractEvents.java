package org.openpes.generator.labour;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.openpes.core.co.CoEventType;
import org.openpes.core.co.CommunicationKind;
import org.openpes.generator.output.CoEventWriter;
import org.openpes.generator.output.EventRow;
import org.openpes.generator.population.EmployerPopulation;
import org.openpes.generator.population.WorkerPool;
import org.openpes.reference.territory.Comune;

/**
 * Writes what happens to a contract as CO rows: the contract, its worker and its employer as they stand, plus the
 * event's own fields. Rows are filled in place in the writer's batch. The simulation decides; this class writes.
 */
final class ContractEvents {
    private static final int FIRST_DAY_2025 = (int) LocalDate.of(2025, 1, 1).toEpochDay();

    private final ContractBook book;
    private final WorkerPool workers;
    private final EmployerPopulation employers;
    private final CoEventWriter out;
    private final SplittableRandom random;
    private final byte[][] ccnlBytes;
    private final byte[][] comuneBytes;
    private final byte[][] cpBytes;
    private final byte[][] typeBytes;
    private final byte[][] workingTimeBytes;
    /** The row being filled: claimed in place from the writer's batch. */
    private EventRow row;

    ContractEvents(ContractBook book, WorkerPool workers, EmployerPopulation employers, List<Comune> comuni,
            List<String> cpCodes, String[] ccnl, CoEventWriter out, SplittableRandom random) {
        this.book = book;
        this.workers = workers;
        this.employers = employers;
        this.out = out;
        this.random = random;
        ccnlBytes = ascii(Arrays.asList(ccnl));
        comuneBytes = ascii(comuni.stream().map(Comune::code).toList());
        cpBytes = ascii(cpCodes);
        typeBytes = ascii(ContractMix.CODES);
        workingTimeBytes = ascii(Arrays.asList(ContractMix.WORKING_TIME));
    }

    private static byte[][] ascii(List<String> values) {
        return values.stream().map(v -> v.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .toArray(byte[][]::new);
    }

    /** An ordinary hire. */
    void hire(int s) {
        writeHire(s);
        out.commit();
    }

    void termination(int s, int day, String reason) {
        laterEvent(s, CoEventType.TERMINATION, day);
        row.terminationReason = reason;
        out.commit();
    }

    void transformation(int s, int day, String code) {
        laterEvent(s, CoEventType.TRANSFORMATION, day);
        row.transformationCode = code;
        out.commit();
    }

    void extension(int s, int day, int newEnd) {
        laterEvent(s, CoEventType.EXTENSION, day);
        row.extensionEndDay = newEnd;
        out.commit();
    }

    /** Starts the row of an event after the hire: sent within five days of taking effect. */
    private void laterEvent(int s, CoEventType type, int day) {
        writeContract(s);
        row.type = type;
        eventOn(s, day);
        row.sendingDay = day + random.nextInt(5);
    }

    /** An ordinary hire with a wrong occupation, then its correction (rettifica) with the right one. */
    void hireCorrected(int slot) {
        writeHire(slot);
        byte[] right = row.cp2011;
        row.cp2011 = cpBytes[random.nextInt(cpBytes.length)];
        out.commit();
        long wrongId = row.communication;
        claimCopy();
        row.cp2011 = right;
        row.communication = out.nextCommunicationId();
        row.kind = CommunicationKind.CORRECTION;
        row.corrects = wrongId;
        row.sendingDay += 1 + random.nextInt(20);
        out.commit();
    }

    /** The hire, plus a communication sent by mistake (another start date) and then annulled. */
    void hireWithAnnulledMistake(int slot) {
        writeHire(slot);
        out.commit();
        claimCopy();
        row.communication = out.nextCommunicationId();
        row.startDay = row.startDay + 1 + random.nextInt(5);
        row.eventDay = row.startDay;
        if (row.plannedEndDay != EventRow.NONE && row.plannedEndDay < row.startDay) {
            row.plannedEndDay = row.startDay;
        }
        out.commit();
        long mistaken = row.communication;
        claimCopy();
        row.communication = out.nextCommunicationId();
        row.kind = CommunicationKind.ANNULMENT;
        row.corrects = mistaken;
        row.sendingDay += 1 + random.nextInt(5);
        out.commit();
    }

    /** Continues from the row just committed: the writer's row keeps its content after a commit. */
    private void claimCopy() {
        row = out.claim();
    }

    private void writeHire(int s) {
        writeContract(s);
        row.type = CoEventType.HIRE;
        row.eventDay = book.start[s];
        row.sendingDay = book.start[s] - (random.nextInt(10) < 8 ? 1 : 0);
    }

    /** Sets the event date; the employer's ATECO code is the version in force that year (2025 from 2025). */
    private void eventOn(int s, int day) {
        row.eventDay = day;
        row.employerAt = employers.rowSegment(book.employer[s], day >= FIRST_DAY_2025);
    }

    /** Fills the row with the contract, its worker and its employer, as of now. */
    private void writeContract(int s) {
        row = out.claim();
        row.clearDetails();
        row.communication = out.nextCommunicationId();
        int w = book.worker[s];
        int e = book.employer[s];
        row.employer = employers.rowSegments();
        row.employerAt = employers.rowSegment(e, book.start[s] >= FIRST_DAY_2025);
        row.workerCode = workers.codeBytes();
        row.workerCodeOffset = workers.codeOffset(w);
        row.female = workers.female(w);
        row.birthDay = workers.birthDay(w);
        row.citizenship = workers.citizenshipBytes(w);
        row.residenceComune = comuneBytes[workers.residenceIndex(w)];
        row.isced = workers.isced(w);
        row.startDay = book.start[s];
        row.plannedEndDay = book.end[s] == ContractBook.NO_END ? EventRow.NONE : book.end[s];
        row.contractType = typeBytes[book.type[s]];
        row.workingTime = workingTimeBytes[book.workingTime[s]];
        row.weeklyHours = book.hours[s];
        row.cp2011 = cpBytes[book.cp2011[s]];
        row.ccnl = ccnlBytes[employers.sectorIndex(e)];
    }
}
