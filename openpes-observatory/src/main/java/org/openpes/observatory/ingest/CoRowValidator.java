package org.openpes.observatory.ingest;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openpes.core.co.CoCsvColumns;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.core.identity.EmployerCode;
import org.openpes.core.identity.FiscalCode;
import org.openpes.reference.ReferenceData;
import org.openpes.reference.ateco.AtecoActivity;
import org.openpes.reference.co.ContractType;
import org.openpes.reference.co.TransformationType;
import org.openpes.reference.territory.Comune;

/**
 * The rules a CO row must pass (docs/co-format.md), each with its stable code {@code OPES-CO-0xx}. The first rule a
 * row breaks is reported, naming the file, the row and the field; personal values are never quoted. A row that
 * passes comes out pseudonymised.
 */
public final class CoRowValidator {
    static final int COLUMNS = CoCsvColumns.ALL.size();
    /** In this order: {@link PlainRowCheck} numbers the event types and kinds by their place here. */
    static final List<String> EVENT_TYPES = List.of("HIRE", "EXTENSION", "TRANSFORMATION", "TERMINATION");
    static final List<String> KINDS = List.of("ORDINARY", "CORRECTION", "ANNULMENT");
    static final List<String> MODULES = List.of("UL", "US", "UD", "VD", "UG");
    static final List<String> SEXES = List.of("M", "F");
    /** The citizenship groups, by {@link #citizenshipGroup}. */
    public static final List<String> CITIZENSHIP_GROUPS = List.of("IT", "EU", "NON_EU");
    /** The age classes of the observatory's breakdowns, youngest first ({@link #ageClassIndex}). */
    public static final List<String> AGE_CLASSES = List.of("15-24", "25-29", "30-34", "35-44", "45-54", "55-64", "65+");

    private static final Set<String> ATECO_VERSIONS = Set.of("2007", "2025");
    /** An ATECO code that does not resolve, in the caches below. */
    private static final Resolved UNKNOWN = new Resolved(null, null);

    private final CoReference ref;
    private final Pseudonymiser pseudonymiser;
    /** ATECO code → its 2025 code and section, per version: the same few thousand codes come back on every row. */
    private final java.util.Map<String, Resolved> ateco2007 = new java.util.HashMap<>();
    private final java.util.Map<String, Resolved> ateco2025 = new java.util.HashMap<>();

    private final PlainRowCheck plainRows;

    /** An ATECO code resolved to 2025 with its section (both null when it does not resolve). */
    record Resolved(String code2025, String section) {
    }

    public CoRowValidator(ReferenceData ref, Pseudonymiser pseudonymiser) {
        this(CoReference.of(ref), pseudonymiser);
    }

    public CoRowValidator(CoReference ref, Pseudonymiser pseudonymiser) {
        this.ref = ref;
        this.pseudonymiser = pseudonymiser;
        this.plainRows = new PlainRowCheck(ref, pseudonymiser, this);
    }

    /** The fast path for plain CSV rows, with the same rules and the same pseudonymiser. */
    PlainRowCheck plainRows() {
        return plainRows;
    }

    /** A refused row: thrown inside {@link #check} and turned into a {@link Violation}. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Violation violation;

        Refused(Violation v) {
            super(v.message(), null, false, false);
            this.violation = v;
        }
    }

    /** The accepted event, or the first violation. */
    public Object validate(String file, long row, String[] f) {
        try {
            return check(file, row, f);
        } catch (Refused r) {
            return r.violation;
        }
    }

    private AcceptedEvent check(String file, long row, String[] f) {
        if (f.length != COLUMNS) {
            throw refuse(ErrorCode.CO_001, file, row, f.length, COLUMNS);
        }
        for (int i = 0; i < f.length; i++) {
            for (int k = 0; k < f[i].length(); k++) {
                if (f[i].charAt(k) < 0x20) {
                    throw refuse(ErrorCode.CO_032, file, row, CoCsvColumns.ALL.get(i));
                }
            }
        }
        Fields x = new Fields(file, row, f);
        String id = x.required(0, "every event");
        if (!isCommunicationId(id)) {
            throw refuse(ErrorCode.CO_027, file, row, "communication_id", clip(id));
        }
        String type = x.oneOf(1, EVENT_TYPES);
        String kind = x.oneOf(2, KINDS);
        String corrects = f[3];
        if (!kind.equals("ORDINARY") && corrects.isEmpty()) {
            throw refuse(ErrorCode.CO_002, file, row, "corrects_id", kind);
        }
        if (kind.equals("ORDINARY") && !corrects.isEmpty()) {
            throw refuse(ErrorCode.CO_028, file, row, "corrects_id");
        }
        if (!corrects.isEmpty() && !isCommunicationId(corrects)) {
            throw refuse(ErrorCode.CO_027, file, row, "corrects_id", clip(corrects));
        }
        x.date(4, true);
        x.oneOf(5, MODULES);
        String employer = x.required(6, "every event");
        try {
            new EmployerCode(employer);
        } catch (OpenPesException e) {
            throw refuse(ErrorCode.CO_006, file, row, "employer_code");
        }
        String version = x.oneOf(8, ATECO_VERSIONS);
        String ateco = x.required(7, "every event");
        Resolved activity = resolve(ateco, version.equals("2025"));
        if (activity == UNKNOWN) {
            throw refuse(ErrorCode.CO_007, file, row, "employer_ateco", clip(ateco), version);
        }
        Comune workplace = x.comune(9);
        String workerCode = x.required(10, "every event");
        FiscalCode fc;
        try {
            fc = FiscalCode.parse("worker_code", workerCode);
        } catch (OpenPesException e) {
            throw refuse(ErrorCode.CO_005, file, row, "worker_code", e.errorCode().code());
        }
        String sex = x.oneOf(11, SEXES);
        if (!sex.equals(fc.sex().name())) {
            throw refuse(ErrorCode.CO_022, file, row, "worker_sex");
        }
        LocalDate birth = x.date(12, true);
        if (!birth.equals(fc.birthDate(birth.getYear()))) {
            throw refuse(ErrorCode.CO_023, file, row, "worker_birth_date");
        }
        String citizenship = x.required(13, "every event");
        if (!isIso2(citizenship)) {
            throw refuse(ErrorCode.CO_026, file, row, "worker_citizenship", clip(citizenship));
        }
        Comune residence = x.comune(14);
        int education = x.intIn(15, 0, 8, ErrorCode.CO_025);
        LocalDate start = x.date(16, true);
        LocalDate plannedEnd = x.date(17, false);
        if (plannedEnd != null && plannedEnd.isBefore(start)) {
            throw refuse(ErrorCode.CO_014, file, row, "planned_end_date", plannedEnd, start);
        }
        if (Period.between(birth, start).getYears() < 14) {
            throw refuse(ErrorCode.CO_029, file, row, "worker_birth_date");
        }
        String contractCode = x.required(18, "every event");
        ContractType contract = ref.coCodes().contractType(contractCode)
                .orElseThrow(() -> refuse(ErrorCode.CO_009, file, row, "contract_type", clip(contractCode)));
        if (contract.requiresEndDate() && plannedEnd == null && type.equals("HIRE")) {
            throw refuse(ErrorCode.CO_020, file, row, "planned_end_date", contract.code());
        }
        if (contract.forbidsEndDate() && plannedEnd != null) {
            throw refuse(ErrorCode.CO_021, file, row, "planned_end_date", contract.code());
        }
        String workingTime = x.required(19, "every event");
        if (ref.coCodes().workingTime(workingTime).isEmpty()) {
            throw refuse(ErrorCode.CO_010, file, row, "working_time", clip(workingTime));
        }
        int hours = x.intIn(20, 1, 60, ErrorCode.CO_024);
        String cp2011 = x.required(21, "every event");
        if (ref.cp2011().occupation(cp2011).isEmpty()) {
            throw refuse(ErrorCode.CO_011, file, row, "cp2011", clip(cp2011));
        }
        LocalDate event = x.date(23, true);
        if (version.equals("2025") && event.getYear() < 2025) {
            throw refuse(ErrorCode.CO_033, file, row, "ateco_version", version, event.getYear());
        }
        if (event.isBefore(start)) {
            throw refuse(ErrorCode.CO_015, file, row, "event_date", event, start);
        }
        LocalDate extensionEnd = null;
        String transformation = "";
        String reason = "";
        switch (type) {
            case "HIRE" -> {
                if (!event.equals(start)) {
                    throw refuse(ErrorCode.CO_016, file, row, "event_date", event, start);
                }
            }
            case "EXTENSION" -> {
                if (plannedEnd == null) {
                    throw refuse(ErrorCode.CO_018, file, row, "planned_end_date");
                }
                extensionEnd = x.date(24, true);
                if (!extensionEnd.isAfter(plannedEnd)) {
                    throw refuse(ErrorCode.CO_017, file, row, "extension_end_date", extensionEnd, plannedEnd);
                }
                if (event.isAfter(plannedEnd)) {
                    throw refuse(ErrorCode.CO_031, file, row, "event_date", event, plannedEnd);
                }
            }
            case "TRANSFORMATION" -> {
                transformation = x.required(25, "TRANSFORMATION");
                String code = transformation;
                TransformationType t = ref.coCodes().transformationType(code)
                        .orElseThrow(() -> refuse(ErrorCode.CO_013, file, row, "transformation_code", clip(code)));
                if (!t.appliesTo(contract.group())) {
                    throw refuse(ErrorCode.CO_019, file, row, "transformation_code", code, contract.group());
                }
                if (plannedEnd != null && event.isAfter(plannedEnd)) {
                    throw refuse(ErrorCode.CO_031, file, row, "event_date", event, plannedEnd);
                }
            }
            default -> {
                reason = x.required(26, "TERMINATION");
                String code = reason;
                if (ref.coCodes().terminationReason(code).isEmpty()) {
                    throw refuse(ErrorCode.CO_012, file, row, "termination_reason", clip(code));
                }
            }
        }
        return new AcceptedEvent(id, type, kind, corrects, f[4],
                employer.length() == 11 ? employer : pseudonymiser.pseudonym(employer), ateco, activity.code2025(),
                activity.section(), workplace.code(), workplace.historicalProvinceCode(),
                pseudonymiser.pseudonym(fc.value()), sex, ageClass(Period.between(birth, event).getYears()),
                citizenshipGroup(citizenship), residence.code(),
                education, f[16], f[17], contract.code(), contract.group().name(), workingTime, hours, cp2011, f[23],
                extensionEnd == null ? "" : f[24], transformation, reason, (int) event.toEpochDay());
    }

    /** IT, EU or NON_EU, for a country code of two letters. */
    static String citizenshipGroup(String country) {
        return CITIZENSHIP_GROUPS.get(org.openpes.core.identity.CitizenshipGroup.of(country).ordinal());
    }

    Resolved resolve(String code, boolean is2025) {
        java.util.Map<String, Resolved> cache = is2025 ? ateco2025 : ateco2007;
        Resolved r = cache.get(code);
        if (r == null) {
            Optional<AtecoActivity> a = is2025 ? ref.ateco().in2025(code)
                    : ref.ateco().in2007(code).flatMap(x -> ref.ateco().to2025(x.code())).flatMap(ref.ateco()::in2025);
            r = a.map(x -> new Resolved(x.code(), ref.ateco().sectionOf(x))).orElse(UNKNOWN);
            if (cache.size() < 100_000) {
                cache.put(code, r);
            }
        }
        return r;
    }

    /** Two letters A–Z and 6 to 20 digits ({@link PlainRowCheck#isCommunicationId} states the form). */
    static boolean isCommunicationId(String v) {
        byte[] b = v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // other characters become '?'
        return PlainRowCheck.isCommunicationId(b, 0, b.length);
    }

    private static boolean isIso2(String v) {
        return v.length() == 2 && v.charAt(0) >= 'A' && v.charAt(0) <= 'Z' && v.charAt(1) >= 'A'
                && v.charAt(1) <= 'Z';
    }

    /** A real date written YYYY-MM-DD ({@link PlainRowCheck#date} states the form); null otherwise. */
    static LocalDate isoDate(String v) {
        byte[] b = v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int d = PlainRowCheck.date(b, 0, b.length);
        return d < 0 ? null : LocalDate.of(d / 10_000, d / 100 % 100, d % 100);
    }

    /** The age class of the observatory's breakdowns. */
    static String ageClass(int age) {
        return AGE_CLASSES.get(ageClassIndex(age));
    }

    /** The place of an age in {@link #AGE_CLASSES}. */
    static int ageClassIndex(int age) {
        return age < 25 ? 0 : age < 30 ? 1 : age < 35 ? 2 : age < 45 ? 3 : age < 55 ? 4 : age < 65 ? 5 : 6;
    }

    private static Refused refuse(ErrorCode code, Object... args) {
        return new Refused(Violation.of(code, args));
    }

    static String clip(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }

    /** Field access with the file and row at hand for error messages. */
    private final class Fields {
        private final String file;
        private final long row;
        private final String[] f;

        Fields(String file, long row, String[] f) {
            this.file = file;
            this.row = row;
            this.f = f;
        }

        String name(int i) {
            return CoCsvColumns.ALL.get(i);
        }

        String required(int i, String forWhat) {
            if (f[i].isEmpty()) {
                throw refuse(ErrorCode.CO_002, file, row, name(i), forWhat);
            }
            return f[i];
        }

        String oneOf(int i, Collection<String> values) {
            String v = required(i, "every event");
            if (!values.contains(v)) {
                throw refuse(ErrorCode.CO_004, file, row, name(i), clip(v), new java.util.TreeSet<>(values));
            }
            return v;
        }

        LocalDate date(int i, boolean isRequired) {
            if (f[i].isEmpty()) {
                if (isRequired) {
                    throw refuse(ErrorCode.CO_002, file, row, name(i), "this event");
                }
                return null;
            }
            LocalDate d = isoDate(f[i]);
            if (d == null) {
                throw refuse(ErrorCode.CO_003, file, row, name(i), clip(f[i]));
            }
            return d;
        }

        Comune comune(int i) {
            String v = required(i, "every event");
            return ref.territories().comune(v)
                    .orElseThrow(() -> refuse(ErrorCode.CO_008, file, row, name(i), clip(v)));
        }

        int intIn(int i, int min, int max, ErrorCode code) {
            String v = required(i, "every event");
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    throw refuse(code, file, row, name(i), clip(v));
                }
                return n;
            } catch (NumberFormatException e) {
                throw refuse(code, file, row, name(i), clip(v));
            }
        }
    }
}
