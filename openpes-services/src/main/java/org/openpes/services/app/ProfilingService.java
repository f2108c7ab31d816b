package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.services.access.Caller;
import org.openpes.services.patto.GolPath;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.profiling.Observation;
import org.openpes.services.profiling.PathProposal;
import org.openpes.services.profiling.Profile;
import org.openpes.services.profiling.ProfileFeatures;
import org.openpes.services.profiling.ProfilingModel;
import org.openpes.services.profiling.Questionnaire;
import org.openpes.services.profiling.RiskClass;
import org.openpes.services.profiling.WorkHistory;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * Profiling: fitting the region's model on the CO histories of the people it registered, reading a person's
 * profile (the stored one, or an estimate when none was recorded), and recording an assessment with the
 * questionnaire and the GOL path chosen (a path other than the proposal needs a reason).
 */
public final class ProfilingService extends UseCases<ServicesStore.Tx> {
    private static final int FACTORS = 4;
    private final Access access;
    private final Places places;
    private final WorkHistories histories;
    private final Clock clock;

    public ProfilingService(ServicesStore store, Places places, WorkHistories histories, Clock clock) {
        super(store);
        this.access = new Access(places);
        this.places = places;
        this.histories = histories;
        this.clock = clock;
    }

    /** Fits the model on every registered person with a DID, checks it on those held out, and stores it. */
    public Outcome<ProfilingModel> fit(Caller caller) {
        return run(caller, UseCase.FIT_PROFILING_MODEL, tx -> {
            LocalDate until = histories.observedUntil();
            List<Observation> people = new ArrayList<>();
            RegisteredPeople.each(tx, histories, until, (p, h) -> people.add(new Observation(p.id(), features(p, h),
                    p.didDate(), h.nextHire())));
            ProfilingModel model = ProfilingModel.fit(people, until);
            tx.profiles().insertModel(model, caller.userId());
            audit(tx, caller, AuditAction.READ, "people:" + people.size() + " (registry and CO histories)",
                    "profiling model fit");
            return model;
        });
    }

    public Outcome<ProfilingModel> model(Caller caller) {
        return run(caller, UseCase.READ_PROFILING_MODEL, tx -> model(tx).model());
    }

    /** The person's recorded profile, or (version 0) the model's estimate with an unanswered questionnaire. */
    public Outcome<Profile> profile(Caller caller, PersonId id) {
        return run(caller, UseCase.READ_PROFILE, tx -> {
            Person p = access.person(tx, caller, id, false);
            Profile out = tx.profiles().latest(id).orElseGet(() -> estimate(tx, p, Questionnaire.NOT_ANSWERED, null,
                    null, caller, 0).profile());
            audit(tx, caller, AuditAction.READ, "person:" + id, "profile");
            return out;
        });
    }

    /**
     * What the CO show of a person (the Scheda Anagrafica's work experience and administrative status): seen from
     * their DID (the first hire after it) and from today, or from the store's last day when it ends earlier (months
     * without work, contracts of the last 24 months, the last occupation and contract). Audited as a read.
     */
    public Outcome<WorkHistories.Seen> workHistory(Caller caller, PersonId id) {
        return run(caller, UseCase.READ_WORK_HISTORY, tx -> {
            Person p = access.person(tx, caller, id, false);
            LocalDate until = histories.observedUntil();
            LocalDate today = LocalDate.now(clock).isAfter(until) ? until : LocalDate.now(clock);
            WorkHistory fromDid = histories.of(List.of(p), today).getOrDefault(id, WorkHistory.NONE);
            Person now = new Person(p.id(), p.fiscalCode(), p.givenName(), p.familyName(), p.sex(), p.birthDate(),
                    p.citizenship(), p.domicileComune(), p.educationIsced(), null, p.ownerCpi(), p.version());
            WorkHistory fromToday = histories.of(List.of(now), today).getOrDefault(id, WorkHistory.NONE);
            audit(tx, caller, AuditAction.READ, "person:" + id, "work history from the CO");
            return new WorkHistories.Seen(p.didDate(), fromDid, today, fromToday, until);
        });
    }

    /**
     * Records an assessment: the questionnaire, and the path chosen ({@code chosen} null: the proposal). Refused
     * when someone recorded another version since {@code expectedVersion}, or when a path other than the proposal
     * comes without a reason of at least 10 characters.
     */
    public Outcome<Profile> assess(Caller caller, PersonId id, Questionnaire answers, GolPath chosen, String reason,
            int expectedVersion) {
        return run(caller, UseCase.ASSESS_PERSON, tx -> {
            Person p = access.person(tx, caller, id, true);
            int current = tx.profiles().latest(id).map(Profile::version).orElse(0);
            if (current != expectedVersion) {
                throw new Refused(new Refusal(ErrorCode.SRV_005, "profile of person", id, current, expectedVersion));
            }
            Estimate e = estimate(tx, p, answers, chosen, reason, caller, current + 1);
            if (e.profile().overridden() && (reason == null || reason.strip().length() < 10)) {
                throw new Refused(new Refusal(ErrorCode.SRV_004, "reason", "a path other than the one proposed ("
                        + e.profile().proposed().number() + ") needs a reason of at least 10 characters"));
            }
            if (!tx.profiles().insert(id, e.modelId(), e.profile())) {
                throw new Refused(new Refusal(ErrorCode.SRV_005, "profile of person", id, current + 1,
                        expectedVersion));
            }
            audit(tx, caller, AuditAction.UPDATE, "person:" + id, "profile: GOL path "
                    + e.profile().chosen().number() + (e.profile().overridden() ? " (overriding the proposal)" : ""));
            return e.profile();
        });
    }

    private record Estimate(int modelId, Profile profile) {
    }

    private Estimate estimate(ServicesStore.Tx tx, Person p, Questionnaire answers, GolPath chosen, String reason,
            Caller caller, int version) {
        ProfileRecords.StoredModel stored = model(tx);
        LocalDate today = LocalDate.now(clock);
        WorkHistory h = histories.of(List.of(p), today).getOrDefault(p.id(), WorkHistory.NONE);
        ProfileFeatures f = features(p, h, today);
        List<String> categories = f.categories();
        ProfilingModel m = stored.model();
        double p12 = m.twelveMonths().model().probability(categories);
        RiskClass risk = m.riskOf(p12);
        GolPath proposed = PathProposal.propose(risk, answers);
        GolPath path = chosen == null ? proposed : chosen;
        return new Estimate(stored.id(), new Profile(m.sixMonths().model().probability(categories), p12, risk,
                m.twelveMonths().model().mainFactors(categories, FACTORS), answers, proposed, path,
                path == proposed ? null : reason == null ? null : reason.strip(), caller.userId(), clock.instant(),
                version));
    }

    private static ProfileRecords.StoredModel model(ServicesStore.Tx tx) {
        return tx.profiles().latestModel().orElseThrow(() -> new Refused(new Refusal(ErrorCode.SRV_020)));
    }

    private ProfileFeatures features(Person p, WorkHistory h) {
        return features(p, h, p.didDate());
    }

    private ProfileFeatures features(Person p, WorkHistory h, LocalDate fallback) {
        return ProfileFeatures.of(p.sex(), p.birthDate(), p.educationIsced(), p.citizenship(),
                places.of(p.ownerCpi()).provinceCode(), h, p.didDate() == null ? fallback : p.didDate());
    }
}
