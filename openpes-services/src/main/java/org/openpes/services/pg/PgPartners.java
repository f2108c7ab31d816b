package org.openpes.services.pg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openpes.services.app.PartnerRecords;
import org.openpes.services.partners.Agreement;
import org.openpes.services.partners.Partner;
import org.openpes.services.partners.PartnerKind;
import org.openpes.services.partners.Referral;
import org.openpes.services.people.PersonId;

/** The partner network's tables (migration V13) inside one use case's transaction. */
final class PgPartners implements PartnerRecords {
    private static final String REFERRAL = "select referral_id, seeker_id, partner_id, reason, state, opened_by, "
            + "opened_on, closed_by, closed_on, outcome, version from referral ";
    private final Handle h;
    private final Runnable writes;

    PgPartners(Handle h, Runnable writes) {
        this.h = h;
        this.writes = writes;
    }

    @Override
    public List<Partner> partners() {
        return h.createQuery("select partner_id, name, kind, province, region from partner order by name")
                .map((rs, ctx) -> partner(rs)).list();
    }

    @Override
    public Optional<Partner> partner(String id) {
        return h.createQuery("select partner_id, name, kind, province, region from partner where partner_id = :id")
                .bind("id", id).map((rs, ctx) -> partner(rs)).findOne();
    }

    @Override
    public boolean insert(Partner p, String actor) {
        writes.run();
        return h.createUpdate("insert into partner (partner_id, name, kind, province, region, created_by) values "
                + "(:id, :name, :kind, :province, :region, :actor) on conflict (name, province) do nothing")
                .bind("id", p.id()).bind("name", p.name()).bind("kind", p.kind().name())
                .bind("province", p.province()).bind("region", p.region()).bind("actor", actor).execute() == 1;
    }

    @Override
    public Map<String, List<Agreement>> agreements(Collection<String> partnerIds) {
        Map<String, List<Agreement>> out = new HashMap<>();
        if (partnerIds.isEmpty()) {
            return out;
        }
        h.createQuery("select agreement_id, partner_id, kind, title, valid_from, valid_to from partner_agreement "
                + "where partner_id = any(:ids) order by valid_to").bind("ids", partnerIds.toArray(String[]::new))
                .map((rs, ctx) -> new Agreement(rs.getString(1), rs.getString(2), Agreement.Kind.valueOf(
                        rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .forEach(a -> out.computeIfAbsent(a.partnerId(), k -> new java.util.ArrayList<>()).add(a));
        return out;
    }

    @Override
    public void insert(Agreement a, String actor) {
        writes.run();
        h.createUpdate("insert into partner_agreement (agreement_id, partner_id, kind, title, valid_from, valid_to, "
                + "recorded_by) values (:id, :partner, :kind, :title, :from, :to, :actor)").bind("id", a.id())
                .bind("partner", a.partnerId()).bind("kind", a.kind().name()).bind("title", a.title())
                .bind("from", a.validFrom()).bind("to", a.validTo()).bind("actor", actor).execute();
    }

    @Override
    public boolean addMember(String partnerId, String userId) {
        writes.run();
        return h.createUpdate("insert into partner_member (user_id, partner_id) values (:u, :p) "
                + "on conflict do nothing").bind("u", userId).bind("p", partnerId).execute() == 1;
    }

    @Override
    public Optional<String> partnerOf(String userId) {
        return h.createQuery("select partner_id from partner_member where user_id = :u").bind("u", userId)
                .mapTo(String.class).findOne();
    }

    @Override
    public boolean insert(Referral r) {
        writes.run();
        return h.createUpdate("insert into referral (referral_id, seeker_id, partner_id, reason, state, opened_by, "
                + "opened_on) values (:id, :person, :partner, :reason, :state, :by, :on) on conflict do nothing")
                .bind("id", r.id()).bind("person", r.person().value()).bind("partner", r.partnerId())
                .bind("reason", r.reason()).bind("state", r.state().name()).bind("by", r.openedBy())
                .bind("on", r.openedOn()).execute() == 1;
    }

    @Override
    public Optional<Referral> referral(String id) {
        return h.createQuery(REFERRAL + "where referral_id = :id").bind("id", id).map((rs, ctx) -> referral(rs))
                .findOne();
    }

    @Override
    public boolean update(Referral r, int expectedVersion) {
        writes.run();
        return h.createUpdate("update referral set state = :state, closed_by = :by, closed_on = :on, "
                + "outcome = :outcome, version = :version where referral_id = :id and version = :expected")
                .bind("state", r.state().name()).bind("by", r.closedBy()).bind("on", r.closedOn())
                .bind("outcome", r.outcome()).bind("version", r.version()).bind("id", r.id())
                .bind("expected", expectedVersion).execute() == 1;
    }

    @Override
    public List<Referral> openReferralsTo(String partnerId) {
        return h.createQuery(REFERRAL + "where partner_id = :p and state = 'OPEN' order by opened_on, referral_id")
                .bind("p", partnerId).map((rs, ctx) -> referral(rs)).list();
    }

    @Override
    public List<Referral> openReferralsOwnedBy(java.util.Set<String> cpis) {
        return h.createQuery(REFERRAL + "where state = 'OPEN' and seeker_id in (select seeker_id from job_seeker "
                + "where owner_cpi = any(:cpis)) order by opened_on, referral_id")
                .bind("cpis", cpis.toArray(String[]::new)).map((rs, ctx) -> referral(rs)).list();
    }

    @Override
    public List<Referral> referralsOf(PersonId person) {
        return h.createQuery(REFERRAL + "where seeker_id = :p order by opened_on desc, referral_id")
                .bind("p", person.value()).map((rs, ctx) -> referral(rs)).list();
    }

    @Override
    public boolean openReferral(PersonId person, String userId) {
        return h.createQuery("select exists (select 1 from referral r join partner_member m using (partner_id) "
                + "where r.seeker_id = :p and m.user_id = :u and r.state = 'OPEN')").bind("p", person.value())
                .bind("u", userId).mapTo(Boolean.class).one();
    }

    private static Partner partner(ResultSet rs) throws SQLException {
        return new Partner(rs.getString(1), rs.getString(2), PartnerKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5));
    }

    private static Referral referral(ResultSet rs) throws SQLException {
        return new Referral(rs.getString(1), new PersonId(rs.getString(2)), rs.getString(3), rs.getString(4),
                Referral.State.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10), rs.getInt(11));
    }
}
