package org.openpes.services.partners;

/** The kinds of organisation a CPI works with. */
public enum PartnerKind {
    SCHOOL, UNIVERSITY, TRAINING_BODY, SOCIAL_COOPERATIVE, UNION, EMPLOYERS_ASSOCIATION, MUNICIPALITY,
    SOCIAL_SERVICES, PRIVATE_AGENCY
}
