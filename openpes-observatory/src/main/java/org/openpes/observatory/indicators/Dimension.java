package org.openpes.observatory.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

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

    public boolean isPeriod() {
        return this == YEAR || this == QUARTER || this == MONTH;
    }

    public static Dimension parse(String s) {
        for (Dimension d : values()) {
            if (d.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new OpenPesException(ErrorCode.CO_034, "--by", "'" + s + "' is not a dimension ("
                + Arrays.stream(values()).map(Dimension::label).collect(Collectors.joining(", ")) + ")");
    }
}
