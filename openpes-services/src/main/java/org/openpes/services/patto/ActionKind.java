package org.openpes.services.patto;

/**
 * The catalogue of patto actions: the essential services (LEP) of D.M. 4/2018 for people, the GOL measures, and a
 * free action outside the catalogue (users of carnet-de-bord asked for one). Labels come from the message bundles
 * ({@code action.KIND}).
 */
public enum ActionKind {
    LEP_RECEPTION, LEP_DID_SUPPORT, LEP_PROFILING, LEP_BASIC_ORIENTATION, LEP_SPECIALIST_ORIENTATION,
    LEP_JOB_ACCOMPANIMENT, LEP_TRAINING_REFERRAL, LEP_TRAINEESHIP, LEP_HIRING_INCENTIVES, LEP_SELF_EMPLOYMENT,
    GOL_UPSKILLING_COURSE, GOL_RESKILLING_COURSE, GOL_SOCIAL_NETWORK_REFERRAL, GOL_OUTPLACEMENT,
    CONTACT, FREE
}
