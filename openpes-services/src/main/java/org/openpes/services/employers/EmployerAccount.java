package org.openpes.services.employers;

/**
 * An employer as the PES knows it: the account's opaque id (for URLs), its code (partita IVA, or a sole trader's fiscal
 * code, which is personal data), its ATECO activity and section, the comune of its workplace (its CPI is that
 * comune's) and its size class (from the register), and the account manager who owns the account (null: nobody yet).
 *
 * @param version optimistic-locking version
 */
public record EmployerAccount(String accountId, String employerCode, String ateco, String section,
        String workplaceComune, String sizeClass, String accountManager, int version) {
    /** True when the code is a person's fiscal code (a sole trader): it is shown only to those who may see it. */
    public boolean soleTrader() {
        return employerCode.length() == 16;
    }

    /** The code as pages and lists show it: a sole trader's fiscal code cut to its first six characters. */
    public String displayCode() {
        return soleTrader() ? employerCode.substring(0, 6) + "…" : employerCode;
    }

    public EmployerAccount managedBy(String username) {
        return new EmployerAccount(accountId, employerCode, ateco, section, workplaceComune, sizeClass, username,
                version + 1);
    }
}
