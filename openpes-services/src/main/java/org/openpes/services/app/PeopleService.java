package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.reference.ReferenceData;
import org.openpes.services.access.Caller;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.people.PersonRegistration;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/** Registering people and looking them up, each read and search audited. */
public final class PeopleService extends UseCases<ServicesStore.Tx> {
    private final ReferenceData ref;
    private final Access access;
    private final Places places;
    private final Clock clock;

    public PeopleService(ServicesStore store, ReferenceData ref, Places places, Clock clock) {
        super(store);
        this.ref = ref;
        this.places = places;
        this.access = new Access(places);
        this.clock = clock;
    }

    /** Registers a person in the CPI of their domicile, which must lie in the caller's capture scope. */
    public Outcome<Person> register(Caller caller, PersonRegistration form) {
        return run(caller, UseCase.REGISTER_PERSON, tx -> {
            Person p = orRefuse(form.check(ref, LocalDate.now(clock)));
            refuseIf(access.scope(caller, p, true));
            tx.personByFiscalCode(p.fiscalCode().value()).ifPresent(existing -> {
                throw new Refused(new Refusal(ErrorCode.SRV_003, existing.id().value()));
            });
            tx.insert(p);
            audit(tx, caller, AuditAction.CREATE, "person:" + p.id(), "registration");
            return p;
        });
    }

    /**
     * Moves a person's record to another CPI (a move of domicile, a referral), with a reason: the caller must see
     * the person now and reach the new CPI with their search scope; the record's version must be the caller's.
     */
    public Outcome<Person> transfer(Caller caller, PersonId id, int version, String toCpi, String reason) {
        if (reason == null || reason.isBlank()) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_006, "transfer"));
        }
        return run(caller, UseCase.TRANSFER_PERSON, tx -> {
            Person p = access.person(tx, caller, id, false);
            if (ref.territories().cpi(toCpi == null ? "" : toCpi).isEmpty()) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "to_cpi", "not a CPI of the loaded regions"));
            }
            if (!caller.search().contains(places.of(toCpi))) {
                throw new Refused(new Refusal(ErrorCode.SRV_008, "CPI " + toCpi));
            }
            if (p.version() != version || !tx.transfer(p, toCpi, reason.strip(), caller.userId(), version)) {
                throw new Refused(new Refusal(ErrorCode.SRV_005, "person", id, p.version(), version));
            }
            audit(tx, caller, AuditAction.UPDATE, "person:" + id, "transferred to CPI " + toCpi + ": " + reason);
            return tx.person(id).orElseThrow();
        });
    }

    public Outcome<Person> read(Caller caller, PersonId id, String purpose) {
        return run(caller, UseCase.READ_PERSON, tx -> {
            Person p = access.person(tx, caller, id, false);
            audit(tx, caller, AuditAction.READ, "person:" + id, purpose);
            return p;
        });
    }

    /** The person with this fiscal code, if registered inside the caller's search scope (the code is not audited). */
    public Outcome<Optional<Person>> findByFiscalCode(Caller caller, String fiscalCode, String purpose) {
        return run(caller, UseCase.FIND_PERSON_BY_FISCAL_CODE, tx -> {
            Optional<Person> p = tx.personByFiscalCode(fiscalCode == null ? "" : fiscalCode.strip())
                    .filter(x -> access.scope(caller, x, false).isEmpty());
            audit(tx, caller, AuditAction.SEARCH, p.map(x -> "person:" + x.id()).orElse("person:none"),
                    purpose + " (by fiscal code)");
            return p;
        });
    }

    /** People of the caller's search scope whose family name starts with {@code prefix} (at least 2 letters). */
    public Outcome<List<Person>> searchByFamilyName(Caller caller, String prefix, int limit, String purpose) {
        if (prefix == null || prefix.strip().length() < 2) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_004, "family_name", "at least 2 letters"));
        }
        return run(caller, UseCase.SEARCH_PEOPLE_BY_NAME, tx -> {
            List<Person> found = tx.peopleByFamilyName(prefix.strip(), places.cpisIn(caller.search()),
                    Math.max(1, Math.min(limit, 100)));
            audit(tx, caller, AuditAction.SEARCH, "people:" + found.size() + " found", purpose + " (by name)");
            return found;
        });
    }

    /**
     * Those of {@code ids} (people in a result, such as a vacancy's candidates) that the caller may see: inside their
     * search scope, in the order given. The people shown are audited as read.
     */
    public Outcome<List<PersonId>> visibleAmong(Caller caller, java.util.Collection<PersonId> ids, String purpose) {
        return run(caller, UseCase.SEE_PEOPLE_IN_RESULTS, tx -> {
            java.util.Map<PersonId, String> owners = tx.owners(ids);
            List<PersonId> shown = ids.stream().filter(id -> owners.containsKey(id) && access.inScope(caller,
                    owners.get(id), false)).toList();
            audit(tx, caller, AuditAction.READ, "people:" + shown.stream().map(PersonId::value)
                    .collect(java.util.stream.Collectors.joining(",")), purpose);
            return shown;
        });
    }
}
