package org.openpes.services.app;

import java.time.LocalDate;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.partners.Agreement;
import org.openpes.services.partners.Partner;
import org.openpes.services.partners.PartnerKind;
import org.openpes.services.workflow.Outcome;

/**
 * The partner network of a demo region: three organisations of the capital's province, with an agreement due for
 * renewal, a valid one and an expired one; the demo partner account works for the social cooperative. Through the
 * use cases, as a supervisor and an administrator of the region would; a second run adds nothing.
 */
public final class DemoPartners {
    private DemoPartners() {
    }

    /**
     * Seeds the network, making {@code partnerUser} (the demo partner account's id) a member of the cooperative;
     * returns the cooperative's id, or empty when it existed already.
     */
    public static java.util.Optional<String> seed(PartnerService partners, java.util.Optional<String> partnerUser,
            String region, String province, LocalDate today) {
        Caller supervisor = new Caller("system:demo", Role.SUPERVISOR, new Scope(Scope.Level.REGION, region),
                new Scope(Scope.Level.REGION, region), "cli");
        Caller admin = new Caller("system:demo", Role.ADMINISTRATOR, new Scope(Scope.Level.REGION, region),
                new Scope(Scope.Level.REGION, region), "cli");
        Outcome<Partner> coop = partners.add(supervisor, "Cooperativa sociale Il Ponte", PartnerKind.SOCIAL_COOPERATIVE,
                province);
        if (!(coop instanceof Outcome.Done<Partner> done)) {
            return java.util.Optional.empty(); // seeded before
        }
        String id = done.value().id();
        partners.addAgreement(supervisor, id, Agreement.Kind.CONVENZIONE, "Tirocini di inclusione (L. 68/1999)",
                today.minusYears(2).toString(), today.plusDays(45).toString()).orThrow();
        Partner school = partners.add(supervisor, "Istituto di istruzione superiore G. Galilei", PartnerKind.SCHOOL,
                province).orThrow();
        partners.addAgreement(supervisor, school.id(), Agreement.Kind.PROTOCOLLO, "Orientamento e transizione "
                + "scuola-lavoro", today.minusMonths(6).toString(), today.plusYears(2).toString()).orThrow();
        Partner social = partners.add(supervisor, "Servizi sociali del Comune capoluogo", PartnerKind.SOCIAL_SERVICES,
                province).orThrow();
        partners.addAgreement(supervisor, social.id(), Agreement.Kind.PROTOCOLLO, "Presa in carico integrata "
                + "(GOL percorso 4)", today.minusYears(3).toString(), today.minusDays(10).toString()).orThrow();
        partnerUser.ifPresent(user -> partners.addMember(admin, id, user).orThrow());
        return java.util.Optional.of(id);
    }
}
