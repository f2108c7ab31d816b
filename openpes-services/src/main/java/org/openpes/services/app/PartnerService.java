package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.partners.Agreement;
import org.openpes.services.partners.Partner;
import org.openpes.services.partners.PartnerKind;
import org.openpes.services.partners.Referral;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * The partner network: the organisations of the caller's territory with their agreements (and which are due for
 * renewal), and the referrals of people to them. A partner's user lists the open referrals of its organisation and
 * reads those people only while the referral is open ({@link Access}); the CPI or the partner closes a referral with
 * its outcome. Reads of referrals are audited like every read of personal data.
 */
public final class PartnerService extends UseCases<ServicesStore.Tx> {
    /** An agreement with its status on the service's day. */
    public record DatedAgreement(Agreement agreement, Agreement.Status status) {
    }

    /** A partner with its agreements. */
    public record NetworkEntry(Partner partner, List<DatedAgreement> agreements) {
    }

    /** A referral with the person's name, for those who may see it. */
    public record ReferralView(Referral referral, Person person, Partner partner) {
    }

    private final Places places;
    private final Access access;
    private final Clock clock;

    public PartnerService(ServicesStore store, Places places, Clock clock) {
        super(store);
        this.places = places;
        this.access = new Access(places);
        this.clock = clock;
    }

    /** The partners of the caller's search scope, by name, with their agreements. */
    public Outcome<List<NetworkEntry>> network(Caller caller) {
        return run(caller, UseCase.READ_PARTNER_NETWORK, tx -> {
            List<Partner> mine = tx.partners().partners().stream().filter(p -> visible(caller, p)).toList();
            Map<String, List<Agreement>> agreements = tx.partners().agreements(mine.stream().map(Partner::id)
                    .toList());
            LocalDate today = LocalDate.now(clock);
            return mine.stream().map(p -> new NetworkEntry(p, agreements.getOrDefault(p.id(), List.of()).stream()
                    .map(a -> new DatedAgreement(a, a.status(today))).toList())).toList();
        });
    }

    public Outcome<Partner> add(Caller caller, String name, PartnerKind kind, String province) {
        return run(caller, UseCase.ADD_PARTNER, tx -> {
            if (name == null || name.isBlank() || name.strip().length() > 200
                    || name.chars().anyMatch(Character::isISOControl)) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "name", "1 to 200 characters"));
            }
            Scope.Place place = places.province(province == null ? "" : province).orElseThrow(() -> new Refused(
                    new Refusal(ErrorCode.SRV_004, "province", "a province code (3 digits) of the loaded regions")));
            if (!caller.search().contains(place)) {
                throw new Refused(new Refusal(ErrorCode.SRV_008, "province " + province));
            }
            Partner p = new Partner(Ids.next("T"), name.strip(), kind, place.provinceCode(), place.regionCode());
            if (!tx.partners().insert(p, caller.userId())) {
                throw new Refused(new Refusal(ErrorCode.SRV_027, p.name(), p.province()));
            }
            audit(tx, caller, AuditAction.CREATE, "partner:" + p.id(), "partner added");
            return p;
        });
    }

    public Outcome<DatedAgreement> addAgreement(Caller caller, String partnerId, Agreement.Kind kind, String title,
            String from, String to) {
        return run(caller, UseCase.ADD_AGREEMENT, tx -> {
            Partner p = partner(tx, caller, partnerId);
            if (title == null || title.isBlank() || title.strip().length() > 300) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "title", "1 to 300 characters"));
            }
            LocalDate start = date("valid_from", from);
            LocalDate end = date("valid_to", to);
            if (end.isBefore(start)) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "valid_to", "not before valid_from"));
            }
            Agreement a = new Agreement(Ids.next("G"), p.id(), kind, title.strip(), start, end);
            tx.partners().insert(a, caller.userId());
            audit(tx, caller, AuditAction.CREATE, "agreement:" + a.id() + " partner:" + p.id(), "agreement added");
            return new DatedAgreement(a, a.status(LocalDate.now(clock)));
        });
    }

    /** Every partner of the loaded regions, by name: what an administrator links partner accounts to. */
    public Outcome<List<Partner>> directory(Caller caller) {
        return run(caller, UseCase.LIST_PARTNER_DIRECTORY, tx -> tx.partners().partners());
    }

    /** Makes a partner-role account a member of a partner organisation (an administrator's task). */
    public Outcome<Boolean> addMember(Caller caller, String partnerId, String userId) {
        return run(caller, UseCase.LINK_PARTNER_USER, tx -> {
            tx.partners().partner(partnerId).orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_009,
                    "partner", partnerId)));
            boolean added = tx.partners().addMember(partnerId, userId);
            audit(tx, caller, AuditAction.UPDATE, "account:" + userId + " partner:" + partnerId, "partner member");
            return added;
        });
    }

    /** Refers a person of the caller's capture scope to a partner of their territory, with a reason. */
    public Outcome<Referral> refer(Caller caller, PersonId personId, String partnerId, String reason) {
        return run(caller, UseCase.REFER_PERSON, tx -> {
            Person person = access.person(tx, caller, personId, true);
            Partner p = partner(tx, caller, partnerId);
            if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "reason", "1 to 2000 characters: why this partner"));
            }
            Referral r = new Referral(Ids.next("R"), person.id(), p.id(), reason.strip(), Referral.State.OPEN,
                    caller.userId(), LocalDate.now(clock), null, null, null, 0);
            if (!tx.partners().insert(r)) {
                throw new Refused(new Refusal(ErrorCode.SRV_026, person.id(), p.id()));
            }
            audit(tx, caller, AuditAction.CREATE, "referral:" + r.id() + " person:" + person.id() + " partner:"
                    + p.id(), "referral");
            return r;
        });
    }

    /**
     * A partner's user: the open referrals of its organisation. Anyone else: the open referrals of the people of
     * their capture scope.
     */
    public Outcome<List<ReferralView>> referrals(Caller caller) {
        return run(caller, UseCase.READ_REFERRALS, tx -> {
            List<ReferralView> out;
            if (caller.role() == Role.PARTNER) {
                String partnerId = tx.partners().partnerOf(caller.userId()).orElse(null);
                out = partnerId == null ? List.of() : views(tx, tx.partners().openReferralsTo(partnerId));
            } else {
                out = views(tx, tx.partners().openReferralsOwnedBy(places.cpisIn(caller.capture())));
            }
            audit(tx, caller, AuditAction.READ, "referrals:" + out.size(), "referrals");
            return out;
        });
    }

    /** The referrals of one person, for those who may read the person. */
    public Outcome<List<ReferralView>> referralsOf(Caller caller, PersonId personId) {
        return run(caller, UseCase.READ_PERSON_REFERRALS, tx -> {
            Person person = access.person(tx, caller, personId, false);
            List<ReferralView> out = views(tx, tx.partners().referralsOf(person.id()));
            if (caller.role() == Role.PARTNER) {
                String mine = tx.partners().partnerOf(caller.userId()).orElse("");
                out = out.stream().filter(v -> v.partner().id().equals(mine)).toList();
            }
            audit(tx, caller, AuditAction.READ, "referrals person:" + person.id(), "referrals of a person");
            return out;
        });
    }

    /** Closes a referral with its outcome: the partner it was made to, or the CPI that holds the person. */
    public Outcome<Referral> close(Caller caller, String referralId, int version, String outcome) {
        return run(caller, UseCase.CLOSE_REFERRAL, tx -> {
            Referral r = tx.partners().referral(referralId).orElseThrow(() -> new Refused(new Refusal(
                    ErrorCode.SRV_009, "referral", referralId)));
            if (caller.role() == Role.PARTNER) {
                if (!r.partnerId().equals(tx.partners().partnerOf(caller.userId()).orElse(""))) {
                    throw new Refused(new Refusal(ErrorCode.SRV_008, "referral " + referralId));
                }
            } else {
                access.person(tx, caller, r.person(), true);
            }
            Referral closed = orRefuse(r.close(outcome, caller.userId(), LocalDate.now(clock)));
            if (r.version() != version || !tx.partners().update(closed, version)) {
                throw new Refused(new Refusal(ErrorCode.SRV_005, "referral", referralId, r.version(), version));
            }
            audit(tx, caller, AuditAction.UPDATE, "referral:" + r.id() + " person:" + r.person(), "referral closed");
            return closed;
        });
    }

    /** The meetings with a partner of the caller's territory, the latest first, with their follow-ups. */
    public Outcome<Meetings.Dated> meetings(Caller caller, String partnerId) {
        return run(caller, UseCase.READ_PARTNER_MEETINGS, tx -> new Meetings.Dated(tx.meetings().of("partner:"
                + partner(tx, caller, partnerId).id()), LocalDate.now(clock)));
    }

    /** Records a meeting with a partner: attendees, minutes, decisions, follow-ups. */
    public Outcome<Meetings.Dated> recordMeeting(Caller caller, String partnerId,
            org.openpes.services.meetings.MeetingForm form) {
        return run(caller, UseCase.RECORD_PARTNER_MEETING, tx -> {
            String subject = "partner:" + partner(tx, caller, partnerId).id();
            Meetings.record(tx, tx.meetings(), caller, subject, form, LocalDate.now(clock));
            return new Meetings.Dated(tx.meetings().of(subject), LocalDate.now(clock));
        });
    }

    /** Marks a follow-up of a meeting with the partner done today. */
    public Outcome<Meetings.Dated> completeFollowUp(Caller caller, String partnerId,
            String followUpId) {
        return run(caller, UseCase.COMPLETE_PARTNER_FOLLOW_UP, tx -> Meetings.complete(tx, tx.meetings(), caller,
                "partner:" + partner(tx, caller, partnerId).id(), followUpId, LocalDate.now(clock)));
    }

    private boolean visible(Caller caller, Partner p) {
        return caller.search().contains(new Scope.Place("", p.province(), p.region()));
    }

    private Partner partner(ServicesStore.Tx tx, Caller caller, String partnerId) {
        Partner p = tx.partners().partner(partnerId == null ? "" : partnerId).orElseThrow(() -> new Refused(
                new Refusal(ErrorCode.SRV_009, "partner", partnerId)));
        if (!visible(caller, p)) {
            throw new Refused(new Refusal(ErrorCode.SRV_008, "partner " + partnerId));
        }
        return p;
    }

    private List<ReferralView> views(ServicesStore.Tx tx, List<Referral> referrals) {
        Map<String, Partner> partners = new java.util.HashMap<>();
        List<ReferralView> out = new java.util.ArrayList<>();
        for (Referral r : referrals) {
            Person person = tx.person(r.person()).orElseThrow();
            Partner p = partners.computeIfAbsent(r.partnerId(), id -> tx.partners().partner(id).orElseThrow());
            out.add(new ReferralView(r, person, p));
        }
        return out;
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new Refused(new Refusal(ErrorCode.SRV_004, field, "a date, YYYY-MM-DD"));
        }
    }
}
