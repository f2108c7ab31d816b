package org.openpes.observatory.indicators;

import java.util.Locale;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;

/**
 * What a table is broken down by. Period dimensions apply to the date of the flow (start for hires, end for
 * terminations, the period's last day for stocks); the others are attributes of the spell, taken from its hire.
 * Each maps to one SQL expression over the spell columns; nothing from the user reaches SQL.
 */
public enum Dimension {
    YEAR("strftime(d, '%Y')"),
    QUARTER("strftime(d, '%Y') || '-Q' || quarter(d)"),
    MONTH("strftime(d, '%Y-%m')"),
    PROVINCE("province"),
    COMUNE("workplace_comune"),
    SECTION("section"),
    DIVISION("substr(ateco2025, 1, 2)"),
    CP2011_1("substr(cp2011, 1, 1)"),
    CP2011_2("substr(cp2011, 1, 3)"),
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

    /** The SQL expression (DuckDB; other dialects map the period ones), where {@code d} is the flow's date. */
    public String sql() {
        return sql;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
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
        throw new OpenPesException(ErrorCode.CO_034, "--by", "'" + s + "' is not a dimension (year, quarter, month, "
                + "province, comune, section, division, cp2011_1, cp2011_2, contract, working_time, sex, age_class, "
                + "citizenship, education)");
    }
}
