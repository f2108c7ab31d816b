package org.openpes.services.app;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openpes.services.partners.Agreement;
import org.openpes.services.partners.Partner;
import org.openpes.services.partners.Referral;
import org.openpes.services.people.PersonId;

/** The partner network's records inside one use case's transaction. */
public interface PartnerRecords {
    List<Partner> partners();

    Optional<Partner> partner(String id);

    /** False when the province already has a partner of that name. */
    boolean insert(Partner p, String actor);

    Map<String, List<Agreement>> agreements(Collection<String> partnerIds);

    void insert(Agreement a, String actor);

    /** Makes the user a member of the partner; false when the user already belongs to one. */
    boolean addMember(String partnerId, String userId);

    /** The partner a user works for, if any. */
    Optional<String> partnerOf(String userId);

    /** False when the person already has an open referral to that partner. */
    boolean insert(Referral r);

    Optional<Referral> referral(String id);

    /** Saves a change made on {@code expectedVersion}; false when someone changed it first. */
    boolean update(Referral r, int expectedVersion);

    List<Referral> openReferralsTo(String partnerId);

    /** The open referrals of the people whose record these CPIs own. */
    List<Referral> openReferralsOwnedBy(java.util.Set<String> cpis);

    List<Referral> referralsOf(PersonId person);

    /** True while a referral of the person to the user's partner is open. */
    boolean openReferral(PersonId person, String userId);
}
