package org.openpes.services.app;

import org.openpes.reference.ReferenceData;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;

/** The people who use the system, as a CPI would introduce them: "the case manager of the CPI of Milano". */
public final class Callers {
    private final ReferenceData ref;

    public Callers(ReferenceData ref) {
        this.ref = ref;
    }

    /** The CPI serving a comune (Milano 015146, Bergamo 016024). */
    public String cpiOf(String comune) {
        return ref.territories().cpiOf(comune).orElseThrow().code();
    }

    public Caller caseManagerOfMilano() {
        return new Caller("cm-milano", Role.CASE_MANAGER, Scope.parse("cpi:" + cpiOf("015146")),
                Scope.parse("province:015"), "127.0.0.1");
    }

    public Caller secondCaseManagerOfMilano() {
        return new Caller("cm2-milano", Role.CASE_MANAGER, Scope.parse("cpi:" + cpiOf("015146")),
                Scope.parse("province:015"), "127.0.0.1");
    }

    public Caller operatorOfBergamo() {
        return new Caller("op-bergamo", Role.OPERATOR, Scope.parse("cpi:" + cpiOf("016024")),
                Scope.parse("province:016"), "127.0.0.1");
    }

    public Caller supervisorOfLombardy() {
        return new Caller("sup-lombardia", Role.SUPERVISOR, Scope.parse("region:03"), Scope.parse("region:03"),
                "127.0.0.1");
    }

    public Caller administrator() {
        return new Caller("admin", Role.ADMINISTRATOR, Scope.parse("region:03"), Scope.parse("region:03"),
                "127.0.0.1");
    }
}
