package org.openpes.observatory.indicators;

/** What is counted. Flows count spells (contracts); the {@code _WORKERS} variants count distinct workers. */
public enum Measure {
    HIRES, HIRES_WORKERS, TERMINATIONS, TERMINATIONS_WORKERS, NET, STOCK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Measure parse(String s) {
        for (Measure m : values()) {
            if (m.label().equals(s.strip().toLowerCase(java.util.Locale.ROOT))) {
                return m;
            }
        }
        throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.CO_034, "--measure",
                "'" + s + "' is not one of hires, hires_workers, terminations, terminations_workers, net, stock");
    }
}
