package org.openpes.observatory.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.observatory.ingest.CoRowValidator;

/**
 * What a table is broken down by. Period dimensions apply to the date of the flow (start for hires, end for
 * terminations, the period's last day for stocks) and each dialect keys and labels them ({@link SqlDialect}); the
 * others are attributes of the spell, taken from its hire, each one SQL expression over the spell columns. Nothing
 * from the user reaches SQL.
 */
public enum Dimension {
    YEAR(null),
    QUARTER(null),
    MONTH(null),
    PROVINCE("province"),
    COMUNE("workplace_comune"),
    CPI("cpi"),
    REGION("region"),
    NUTS3("nuts3"),
    SECTION("section"),
    DIVISION("substr(ateco2025, 1, 2)"),
    CP2011_1("substr(cp2011, 1, 1)"),
    CP2011_2("substr(cp2011, 1, 3)"),
    CP2011_3("substr(cp2011, 1, 5)"),
    CP2011_4("substr(cp2011, 1, 7)"),
    ISCO_1("substr(isco, 1, 1)"),
    ISCO_2("substr(isco, 1, 2)"),
    ISCO_3("substr(isco, 1, 3)"),
    ISCO_4("isco"),
    CONTRACT("contract_group"),
    WORKING_TIME("working_time"),
    SEX("sex"),
    AGE_CLASS("age_class"),
    CITIZENSHIP("citizenship_group"),
    EDUCATION("cast(education as varchar)");

    private final String sql;

    Dimension(String sql) {
        this.sql = sql;
    }

    /** The SQL expression over the spell columns (DuckDB; other dialects may map it); null for the periods. */
    public String sql() {
        return sql;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The length of a period dimension in months. */
    public int months() {
        return switch (this) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
            default -> throw new IllegalArgumentException(this + " is not a period");
        };
    }

    /**
     * Why {@code value} can never be a value of this dimension (its shape, or its list of values), or null: a filter
     * on such a value is refused instead of giving an empty table.
     */
    public String filterProblem(String value) {
        String v = value == null ? "" : value.strip();
        return switch (this) {
            case YEAR -> v.matches("\\d{4}") ? null : "is not a year (YYYY)";
            case QUARTER -> v.matches("\\d{4}-Q[1-4]") ? null : "is not a quarter (YYYY-Qn)";
            case MONTH -> v.matches("\\d{4}-(0[1-9]|1[0-2])") ? null : "is not a month (YYYY-MM)";
            case PROVINCE -> v.matches("\\d{3}") ? null : "is not a province code (3 digits, e.g. 015)";
            case COMUNE -> v.matches("\\d{6}") ? null : "is not an ISTAT comune code (6 digits)";
            case CPI -> v.matches("[A-Z]\\d{3}C\\d{6}") ? null : "is not a CPI code";
            case REGION -> v.matches("\\d{2}") ? null : "is not a region code (2 digits)";
            case NUTS3 -> v.matches("IT[A-Z0-9]{3}") ? null : "is not a NUTS 3 code";
            case SECTION -> v.matches("[A-V]") ? null : "is not an ATECO section (A to V)";
            case DIVISION -> v.matches("\\d{2}") ? null : "is not an ATECO division (2 digits)";
            case CP2011_1 -> v.matches("\\d") ? null : "is not a CP2011 group (1 digit)";
            case CP2011_2 -> v.matches("\\d\\.\\d") ? null : "is not a CP2011 code of level 2 (e.g. 5.2)";
            case CP2011_3 -> v.matches("\\d\\.\\d\\.\\d") ? null : "is not a CP2011 code of level 3";
            case CP2011_4 -> v.matches("\\d\\.\\d\\.\\d\\.\\d") ? null : "is not a CP2011 code of level 4";
            case ISCO_1, ISCO_2, ISCO_3, ISCO_4 -> v.matches("\\d{" + (ordinal() - ISCO_1.ordinal() + 1) + "}") ? null
                    : "is not an ISCO code of " + (ordinal() - ISCO_1.ordinal() + 1) + " digits";
            case CONTRACT -> java.util.Arrays.stream(org.openpes.reference.co.ContractGroup.values())
                    .anyMatch(g -> g.name().equals(v)) ? null : "is not a contract group "
                    + java.util.Arrays.toString(org.openpes.reference.co.ContractGroup.values());
            case WORKING_TIME -> v.matches("[A-Z]") ? null : "is not a working-time code (one letter)";
            case SEX -> v.equals("M") || v.equals("F") ? null : "is not M or F";
            case AGE_CLASS -> CoRowValidator.AGE_CLASSES.contains(v) ? null
                    : "is not an age class " + CoRowValidator.AGE_CLASSES;
            case CITIZENSHIP -> CoRowValidator.CITIZENSHIP_GROUPS.contains(v) ? null
                    : "is not a citizenship group " + CoRowValidator.CITIZENSHIP_GROUPS;
            case EDUCATION -> v.matches("[0-8]") ? null : "is not an ISCED level (0 to 8)";
        };
    }

    public boolean isPeriod() {
        return this == YEAR || this == QUARTER || this == MONTH;
    }

    public static Dimension parse(String s) {
        for (Dimension d : values()) {
            if (d.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new OpenPesException(ErrorCode.CO_034, "by", "'" + s + "' is not a dimension ("
                + Arrays.stream(values()).map(Dimension::label).collect(Collectors.joining(", ")) + ")");
    }
}
