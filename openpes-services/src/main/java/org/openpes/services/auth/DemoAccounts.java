package org.openpes.services.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;

/**
 * One account per role for a demo region, in the CPI of the region's capital (and an operator in a second CPI, to
 * show the territorial scope). Demo only: their password is the one given, and they need not change it.
 */
public final class DemoAccounts {
    private DemoAccounts() {
    }

    /** A demo account: its username and where it works. */
    public record Demo(String username, Role role, Scope capture, Scope search) {
    }

    /** The demo accounts of a region whose capital is served by {@code capitalCpi} in province {@code province}. */
    public static List<Demo> of(String regionCode, String province, String capitalCpi, String otherProvince,
            String otherCpi) {
        List<Demo> out = new ArrayList<>();
        Scope region = new Scope(Scope.Level.REGION, regionCode);
        Scope cpi = new Scope(Scope.Level.CPI, capitalCpi);
        Scope prov = new Scope(Scope.Level.PROVINCE, province);
        for (Role r : Role.values()) {
            boolean local = r == Role.OPERATOR || r == Role.CASE_MANAGER || r == Role.ACCOUNT_MANAGER || r == Role.PARTNER
                    || r == Role.CITIZEN;
            out.add(new Demo("demo." + r.name().toLowerCase(Locale.ROOT).replace('_', '-'), r,
                    local ? cpi : region, local ? prov : region));
        }
        out.add(new Demo("demo.operator-2", Role.OPERATOR, new Scope(Scope.Level.CPI, otherCpi),
                new Scope(Scope.Level.PROVINCE, otherProvince)));
        out.add(new Demo("demo.account-manager-2", Role.ACCOUNT_MANAGER, new Scope(Scope.Level.CPI, otherCpi),
                new Scope(Scope.Level.PROVINCE, otherProvince)));
        return out;
    }

    /** Creates the accounts that do not exist yet; returns how many were created. */
    public static int create(AccountStore store, List<Demo> demos, String password) {
        int created = 0;
        String hash = PasswordHasher.hash(password);
        for (int i = 0; i < demos.size(); i++) {
            Demo d = demos.get(i);
            if (store.byUsername(d.username()).isEmpty()) {
                store.insert(new Account(String.format(Locale.ROOT, "UDEMO%02d", i), d.username(), d.role(),
                        d.capture(), d.search(), true, false), hash, "system:demo");
                created++;
            }
        }
        return created;
    }
}
