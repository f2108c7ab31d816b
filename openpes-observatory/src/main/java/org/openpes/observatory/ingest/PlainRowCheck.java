package org.openpes.observatory.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.openpes.core.error.OpenPesException;
import org.openpes.core.identity.EmployerCode;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.PartitaIva;
import org.openpes.reference.co.ContractType;
import org.openpes.reference.co.TransformationType;

/**
 * The fast path of {@link CoRowValidator}: the same rules, on the bytes of a {@linkplain CsvRecords.Row#plain() plain}
 * row, creating no object per row. It only ever <em>accepts</em>: a row it accepts is written into an
 * {@link EventLine} byte for byte as the reference rules would write it; for any other row (a broken rule, or a form
 * it does not handle, such as a fiscal code in lower case) it answers false, and the row goes through
 * {@link CoRowValidator}, which reports the first rule broken, or accepts it. So the reference rules decide every
 * refusal and every message, and {@code PlainRowCheckTest} checks, row by row over a generated region with
 * injected defects, that both paths accept the same rows with the same lines.
 *
 * <p>Dates are handled as {@code yyyymmdd} integers: their order is the dates' order, and the difference of two of
 * them divided by 10,000 is the number of whole years between them (as {@link java.time.Period#getYears()} counts).
 */
final class PlainRowCheck {
    private static final int HIRE = 0;
    private static final int EXTENSION = 1;
    private static final int TRANSFORMATION = 2;
    private static final int TERMINATION = 3;
    private static final byte[][] EVENT_TYPES = ascii(CoRowValidator.EVENT_TYPES);
    private static final byte[][] KINDS = ascii(CoRowValidator.KINDS);
    private static final byte[][] MODULES = ascii(CoRowValidator.MODULES);
    private static final byte[][] AGE_CLASSES = ascii(CoRowValidator.AGE_CLASSES);
    private static final int NONE = -1;

    private final Pseudonymiser pseudonymiser;
    /** Employers identified by a person's fiscal code: their keyed hash, computed once each. */
    private final BytesCache<byte[]> soleTraders;
    private final BytesCache<Activity> ateco2007;
    private final BytesCache<Activity> ateco2025;
    private final BytesCache<Place> comuni;
    private final BytesCache<Contract> contracts;
    private final BytesCache<Boolean> workingTimes;
    private final BytesCache<Boolean> occupations;
    private final BytesCache<TransformationType> transformations;
    private final BytesCache<Boolean> reasons;
    private final BytesCache<byte[]> citizenshipGroups;

    /** An ATECO code resolved to 2025, with its section. */
    private record Activity(byte[] code2025, byte[] section) {
    }

    private record Place(byte[] code, byte[] province) {
    }

    private record Contract(ContractType type, byte[] code, byte[] group) {
    }

    PlainRowCheck(CoReference ref, Pseudonymiser pseudonymiser, CoRowValidator reference) {
        this.pseudonymiser = pseudonymiser;
        this.soleTraders = new BytesCache<>(1 << 16, code -> soleTraderKey(code, pseudonymiser));
        this.ateco2007 = new BytesCache<>(1 << 16, code -> activity(reference, code, false));
        this.ateco2025 = new BytesCache<>(1 << 16, code -> activity(reference, code, true));
        this.comuni = new BytesCache<>(1 << 16, code -> ref.territories().comune(code)
                .map(c -> new Place(ascii(c.code()), ascii(c.historicalProvinceCode()))).orElse(null));
        this.contracts = new BytesCache<>(1 << 12, code -> ref.coCodes().contractType(code)
                .map(c -> new Contract(c, ascii(c.code()), ascii(c.group().name()))).orElse(null));
        this.workingTimes = new BytesCache<>(1 << 12, code -> ref.coCodes().workingTime(code).isPresent());
        this.occupations = new BytesCache<>(1 << 14, code -> ref.cp2011().occupation(code).isPresent());
        this.transformations = new BytesCache<>(1 << 12, code -> ref.coCodes().transformationType(code).orElse(null));
        this.reasons = new BytesCache<>(1 << 12, code -> ref.coCodes().terminationReason(code).isPresent());
        this.citizenshipGroups = new BytesCache<>(1 << 10, code -> ascii(CoRowValidator.citizenshipGroup(code)));
    }

    /** The stored key of a sole trader's code (16 characters), or null when it is not a valid employer code. */
    private static byte[] soleTraderKey(String code, Pseudonymiser pseudonymiser) {
        try {
            new EmployerCode(code);
        } catch (OpenPesException e) {
            return null;
        }
        return code.length() == 16 ? ascii(pseudonymiser.pseudonym(code)) : null;
    }

    private static Activity activity(CoRowValidator reference, String code, boolean is2025) {
        CoRowValidator.Resolved r = reference.resolve(code, is2025);
        return r.code2025() == null ? null : new Activity(ascii(r.code2025()), ascii(r.section()));
    }

    /**
     * True when the row passes every rule, with its stored line in {@code out}; false when the reference rules must
     * look at it.
     */
    boolean accept(CsvRecords.Row r, EventLine out) {
        if (!r.plain() || !r.complete()) {
            return false;
        }
        byte[] b = r.bytes();
        if (!isCommunicationId(b, r.start(0), r.end(0))) {
            return false;
        }
        int type = indexOf(EVENT_TYPES, b, r.start(1), r.end(1));
        int kind = indexOf(KINDS, b, r.start(2), r.end(2));
        if (type < 0 || kind < 0) {
            return false;
        }
        boolean corrects = r.length(3) > 0;
        if ((kind == 0) == corrects || corrects && !isCommunicationId(b, r.start(3), r.end(3))) {
            return false;
        }
        if (date(b, r.start(4), r.end(4)) == NONE || indexOf(MODULES, b, r.start(5), r.end(5)) < 0) {
            return false;
        }
        // A company's code (a partita IVA) is stored as it is, and checked here: there are too many to cache.
        boolean company = PartitaIva.isValid(b, r.start(6), r.end(6));
        byte[] soleTrader = company || r.length(6) != 16 ? null : soleTraders.get(b, r.start(6), r.end(6));
        boolean is2025 = is(b, r.start(8), r.end(8), "2025");
        if (!company && soleTrader == null || !is2025 && !is(b, r.start(8), r.end(8), "2007") || r.length(7) == 0) {
            return false;
        }
        Activity activity = (is2025 ? ateco2025 : ateco2007).get(b, r.start(7), r.end(7));
        Place workplace = comune(r, 9);
        if (activity == null || workplace == null || r.length(10) != 16 || r.length(11) != 1) {
            return false;
        }
        int code = FiscalCode.decodeCanonical(b, r.start(10));
        byte sex = b[r.start(11)];
        if (code < 0 || sex != (code % 100 > 40 ? 'F' : 'M')) {
            return false;
        }
        int birth = date(b, r.start(12), r.end(12));
        int month = code / 100 % 100;
        int day = code % 100 % 40;
        if (birth == NONE || FiscalCode.birthYear(code / 10_000, month, day, birth / 10_000) * 10_000 + month * 100
                + day != birth) {
            return false;
        }
        byte[] citizenship = r.length(13) == 2 && isUpper(b[r.start(13)]) && isUpper(b[r.start(13) + 1])
                ? citizenshipGroups.get(b, r.start(13), r.end(13)) : null;
        Place residence = comune(r, 14);
        int education = smallNumber(b, r.start(15), r.end(15));
        int start = date(b, r.start(16), r.end(16));
        int plannedEnd = r.length(17) == 0 ? NONE : date(b, r.start(17), r.end(17));
        if (citizenship == null || residence == null || education < 0 || education > 8 || start == NONE
                || r.length(17) > 0 && (plannedEnd == NONE || plannedEnd < start) || (start - birth) / 10_000 < 14) {
            return false;
        }
        Contract contract = r.length(18) == 0 ? null : contracts.get(b, r.start(18), r.end(18));
        if (contract == null || contract.type.requiresEndDate() && plannedEnd == NONE && type == HIRE
                || contract.type.forbidsEndDate() && plannedEnd != NONE) {
            return false;
        }
        int hours = smallNumber(b, r.start(20), r.end(20));
        if (r.length(19) == 0 || !workingTimes.get(b, r.start(19), r.end(19)) || hours < 1 || hours > 60
                || r.length(21) == 0 || !occupations.get(b, r.start(21), r.end(21))) {
            return false;
        }
        int event = date(b, r.start(23), r.end(23));
        if (event == NONE || is2025 && event / 10_000 < 2025 || event < start
                || !eventRules(r, b, type, contract, start, plannedEnd, event)) {
            return false;
        }
        write(r, b, out, type, soleTrader, activity, workplace, citizenship, residence, education, contract, hours,
                (event - birth) / 10_000);
        out.eventDay = (int) LocalDate.of(event / 10_000, event / 100 % 100, event % 100).toEpochDay();
        return true;
    }

    /** The rules of each event type. */
    private boolean eventRules(CsvRecords.Row r, byte[] b, int type, Contract contract, int start, int plannedEnd,
            int event) {
        switch (type) {
            case HIRE:
                return event == start;
            case EXTENSION:
                int newEnd = date(b, r.start(24), r.end(24));
                return plannedEnd != NONE && newEnd != NONE && newEnd > plannedEnd && event <= plannedEnd;
            case TRANSFORMATION:
                TransformationType t = r.length(25) == 0 ? null : transformations.get(b, r.start(25), r.end(25));
                return t != null && t.appliesTo(contract.type.group()) && (plannedEnd == NONE || event <= plannedEnd);
            default:
                return r.length(26) > 0 && reasons.get(b, r.start(26), r.end(26));
        }
    }

    /** The stored line, in the order of {@link EventTable}, as {@link EventLine#of} writes an accepted event. */
    private void write(CsvRecords.Row r, byte[] b, EventLine out, int type, byte[] soleTrader, Activity activity,
            Place workplace, byte[] citizenship, Place residence, int education, Contract contract, int hours,
            int age) {
        out.clear();
        field(out, r, b, 0).comma();
        field(out, r, b, 1).comma();
        field(out, r, b, 2).comma();
        field(out, r, b, 3).comma();
        field(out, r, b, 4).comma();
        if (soleTrader == null) {
            field(out, r, b, 6).comma();
        } else {
            out.bytes(soleTrader).comma();
        }
        field(out, r, b, 7).comma();
        out.bytes(activity.code2025).comma().bytes(activity.section).comma();
        out.bytes(workplace.code).comma().bytes(workplace.province).comma();
        byte[] key = out.room(33);
        pseudonymiser.pseudonym(b, r.start(10), 16, key, out.length());
        out.advance(32);
        out.comma();
        field(out, r, b, 11).comma();
        out.bytes(AGE_CLASSES[CoRowValidator.ageClassIndex(age)]).comma();
        out.bytes(citizenship).comma();
        out.bytes(residence.code).comma();
        out.number(education).comma();
        field(out, r, b, 16).comma();
        field(out, r, b, 17).comma();
        out.bytes(contract.code).comma().bytes(contract.group).comma();
        field(out, r, b, 19).comma();
        out.number(hours).comma();
        field(out, r, b, 21).comma();
        field(out, r, b, 23).comma();
        if (type == EXTENSION) {
            field(out, r, b, 24);
        }
        out.comma();
        if (type == TRANSFORMATION) {
            field(out, r, b, 25);
        }
        out.comma();
        if (type == TERMINATION) {
            field(out, r, b, 26);
        }
    }

    private static EventLine field(EventLine out, CsvRecords.Row r, byte[] b, int i) {
        return out.bytes(b, r.start(i), r.end(i));
    }

    private Place comune(CsvRecords.Row r, int i) {
        return r.length(i) == 0 ? null : comuni.get(r.bytes(), r.start(i), r.end(i));
    }

    /** A communication id: two letters A–Z and 6 to 20 digits. */
    static boolean isCommunicationId(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 8 || n > 22 || !isUpper(b[from]) || !isUpper(b[from + 1])) {
            return false;
        }
        for (int i = from + 2; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** A real date written YYYY-MM-DD, as {@code yyyymmdd}; {@link #NONE} when it is not one. */
    static int date(byte[] b, int from, int to) {
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return NONE;
        }
        int y = digits(b, from, 4);
        int m = digits(b, from + 5, 2);
        int d = digits(b, from + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.Month.of(m).length(java.time.Year.isLeap(y))) {
            return NONE;
        }
        return y * 10_000 + m * 100 + d;
    }

    private static int digits(byte[] b, int from, int n) {
        int x = 0;
        for (int i = from; i < from + n; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            x = x * 10 + (b[i] - '0');
        }
        return x;
    }

    /** One or two digits as a number; -1 for anything else (the reference rules read other forms). */
    private static int smallNumber(byte[] b, int from, int to) {
        int n = to - from;
        return n < 1 || n > 2 ? -1 : digits(b, from, n);
    }

    private static boolean isUpper(byte c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean is(byte[] b, int from, int to, String v) {
        if (to - from != v.length()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (b[from + i] != v.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[][] values, byte[] b, int from, int to) {
        for (int i = 0; i < values.length; i++) {
            if (java.util.Arrays.equals(values[i], 0, values[i].length, b, from, to)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String v) {
        return v.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] ascii(java.util.List<String> values) {
        return values.stream().map(PlainRowCheck::ascii).toArray(byte[][]::new);
    }
}
