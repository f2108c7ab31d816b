package org.openpes.services.app;

import java.util.Optional;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Permission;
import org.openpes.services.access.Scope;
import org.openpes.services.people.Person;
import org.openpes.services.workflow.Refusal;

/** The two questions every use case asks: may this role do this, and is this record inside the caller's scope. */
final class Access {
    private final Places places;

    Access(Places places) {
        this.places = places;
    }

    static Optional<Refusal> permission(Caller caller, Permission needed) {
        return caller.role().may(needed) ? Optional.empty()
                : Optional.of(new Refusal(ErrorCode.SRV_007, caller.role().name(), needed.description()));
    }

    /**
     * The person {@code id}, when the caller may see them (write: inside the capture scope; read: the search
     * scope); inside a transaction, a refusal rolls it back (OPES-SRV-009 when there is no such person, OPES-SRV-008
     * outside the scope).
     */
    Person person(ServicesStore.Tx tx, Caller caller, org.openpes.services.people.PersonId id, boolean write) {
        Person p = tx.person(id).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009, "person", id)));
        if (caller.role() == org.openpes.services.access.Role.PARTNER) {
            if (write || !tx.partners().openReferral(p.id(), caller.userId())) {
                throw new Refused(new Refusal(ErrorCode.SRV_008, "person " + id + " (not referred to your "
                        + "organisation, or the referral is closed)"));
            }
            return p;
        }
        scope(caller, p, write).ifPresent(r -> {
            throw new Refused(r);
        });
        return p;
    }

    /** A record may be read where the caller searches (region or province), and written where they capture. */
    Optional<Refusal> scope(Caller caller, Person person, boolean write) {
        return inScope(caller, person.ownerCpi(), write) ? Optional.empty()
                : Optional.of(new Refusal(ErrorCode.SRV_008, "person " + person.id()));
    }

    /** True when a record owned by {@code cpi} lies in the caller's capture ({@code write}) or search scope. */
    boolean inScope(Caller caller, String cpi, boolean write) {
        if (caller.role() == org.openpes.services.access.Role.PARTNER) {
            return false; // a partner sees only the people referred to it: person() asks about its open referrals
        }
        return (write ? caller.capture() : caller.search()).contains(places.of(cpi));
    }
}
