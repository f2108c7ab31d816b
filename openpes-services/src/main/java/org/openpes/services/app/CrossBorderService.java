package org.openpes.services.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openpes.core.error.ErrorCode;
import org.openpes.operational.audit.AuditAction;
import org.openpes.reference.ReferenceData;
import org.openpes.services.access.Caller;
import org.openpes.services.crossborder.CrossBorderVacancy;
import org.openpes.services.crossborder.Feed;
import org.openpes.services.crossborder.FeedError;
import org.openpes.services.crossborder.FeedRows;
import org.openpes.services.crossborder.LanguageRequirement;
import org.openpes.services.people.Person;
import org.openpes.services.people.PersonId;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.services.vacancies.VacancyState;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * Cross-border mobility (MA.R.E.): a neighbouring PES's vacancy feed is imported whole or not at all (a feed with
 * any row at fault is refused with every row's error, OPES-SRV-028); a vacancy sent again keeps its id and takes the
 * new text. Its candidates are the people of the caller's search scope who declared mobility to its country and speak
 * every language it asks for, ranked by the matcher on skills and occupation (distance does not count across the
 * border). Listing candidates is audited, since it links people to a vacancy.
 */
public final class CrossBorderService extends UseCases<ServicesStore.Tx> {
    /** What an import did: the feed recorded, or every error that refused it. */
    public record ImportResult(CrossBorderRecords.FeedRecord feed, List<FeedError> errors) {
        public boolean imported() {
            return errors.isEmpty();
        }
    }

    /** A candidate: the person, the matcher's score and reasons (no score when the matcher does not hold them). */
    public record Candidate(Person person, Double score, String why) {
    }

    /** A vacancy with its candidates. */
    public record Shortlist(CrossBorderVacancy vacancy, List<Candidate> candidates) {
    }

    private final ReferenceData ref;
    private final Places places;
    private final Candidates matcher;
    private final Function<String, Optional<String>> occupationOfTitle;
    private final Clock clock;
    private final Access access;

    /**
     * @param matcher the matcher over the region's people (null: candidates unranked)
     * @param occupationOfTitle the ESCO occupation of a title in French, if one is found
     */
    public CrossBorderService(ServicesStore store, ReferenceData ref, Places places,
            Candidates matcher, Function<String, Optional<String>> occupationOfTitle,
            Clock clock) {
        super(store);
        this.ref = ref;
        this.places = places;
        this.matcher = matcher;
        this.occupationOfTitle = occupationOfTitle;
        this.clock = clock;
        this.access = new Access(places);
    }

    public Outcome<ImportResult> importFeed(Caller caller, Feed feed) {
        return run(caller, UseCase.IMPORT_CROSS_BORDER_FEED, tx -> {
            List<FeedError> errors = new ArrayList<>(feed.readErrors());
            errors.addAll(feed.headerErrors());
            if (!errors.isEmpty()) {
                return new ImportResult(null, errors);
            }
            FeedRows.Checked checked = new FeedRows(ref.esco(), occupationOfTitle).check(feed.source().strip(),
                    feed.country(), feed.rows());
            if (!checked.errors().isEmpty()) {
                return new ImportResult(null, checked.errors());
            }
            CrossBorderRecords records = tx.crossBorder();
            Map<String, String> known = records.idsOf(feed.source().strip(), checked.vacancies().stream()
                    .map(CrossBorderVacancy::foreignId).toList());
            String feedId = Ids.next("F");
            List<CrossBorderVacancy> saved = checked.vacancies().stream().map(v -> v.withId(known.getOrDefault(
                    v.foreignId(), Ids.next("X")))).toList();
            int created = (int) saved.stream().filter(v -> !known.containsKey(v.foreignId())).count();
            var record = new CrossBorderRecords.FeedRecord(feedId, feed.source().strip(), feed.country(),
                    LocalDate.parse(feed.extractedOn()), saved.size(), created, saved.size() - created);
            records.insert(record, caller.userId());
            saved.forEach(v -> records.save(v, feedId));
            audit(tx, caller, AuditAction.CREATE, "cross-border feed:" + feedId + " rows:" + saved.size(),
                    "cross-border vacancies imported");
            return new ImportResult(record, List.of());
        });
    }

    /** The open cross-border vacancies (they hold no personal data). */
    public Outcome<List<CrossBorderVacancy>> open(Caller caller) {
        return run(caller, UseCase.LIST_CROSS_BORDER_VACANCIES, tx -> tx.crossBorder().open(LocalDate.now(clock)));
    }

    /** The feeds imported, newest first. */
    public Outcome<List<CrossBorderRecords.FeedRecord>> feeds(Caller caller) {
        return run(caller, UseCase.LIST_CROSS_BORDER_VACANCIES, tx -> tx.crossBorder().feeds(20));
    }

    /** The {@code k} best candidates of the caller's search scope for an open cross-border vacancy. */
    public Outcome<Shortlist> candidates(Caller caller, String vacancyId, int k) {
        if (k < 1 || k > 200) {
            return Outcome.refused(new Refusal(ErrorCode.SRV_004, "k", "between 1 and 200, got " + k));
        }
        return run(caller, UseCase.MATCH_CROSS_BORDER_VACANCY, tx -> {
            CrossBorderVacancy v = tx.crossBorder().vacancy(vacancyId == null ? "" : vacancyId).orElseThrow(
                    () -> new Refused(new Refusal(ErrorCode.SRV_009, "cross-border vacancy", vacancyId)));
            List<Person> mobile = tx.crossBorder().mobile(v.country(), v.languages().stream()
                    .map(LanguageRequirement::code).toList(), places.cpisIn(caller.search()));
            List<Candidate> out = ranked(v, mobile, k);
            audit(tx, caller, AuditAction.READ, "cross-border vacancy:" + v.id() + " people:" + out.size(),
                    "cross-border candidates");
            return new Shortlist(v, out);
        });
    }

    /** An open cross-border vacancy a person fits, with the matcher's score and reasons (none: not scored). */
    public record Fit(CrossBorderVacancy vacancy, Double score, String why) {
    }

    /**
     * The other side: the open cross-border vacancies of the countries a person declared mobility to, whose
     * languages the person speaks, best match first (those the matcher cannot score last). Audited as a read of the
     * person.
     */
    public Outcome<List<Fit>> forPerson(Caller caller, PersonId personId) {
        return run(caller, UseCase.READ_PERSON_CROSS_BORDER, tx -> {
            Person person = access.person(tx, caller, personId, false);
            var curriculum = tx.curriculum().of(person.id());
            Set<String> spoken = new HashSet<>(List.of(curriculum.languages().split(";")));
            spoken.add("it");
            List<Fit> out = new ArrayList<>();
            for (CrossBorderVacancy v : tx.crossBorder().open(LocalDate.now(clock))) {
                if (curriculum.mobility().contains(v.country()) && v.languages().stream()
                        .allMatch(l -> spoken.contains(l.code()))) {
                    var scored = matcher == null ? List.<Candidates.Candidate>of()
                            : matcher.bestAmong(asVacancy(v), List.of(person.id()), 1);
                    out.add(scored.isEmpty() ? new Fit(v, null, "") : new Fit(v, scored.get(0).score(),
                            scored.get(0).why()));
                }
            }
            out.sort((a, b) -> Double.compare(b.score() == null ? -1 : b.score(), a.score() == null ? -1
                    : a.score()));
            audit(tx, caller, AuditAction.READ, "cross-border person:" + person.id() + " vacancies:" + out.size(),
                    "cross-border vacancies of a person");
            return out;
        });
    }

    private List<Candidate> ranked(CrossBorderVacancy v, List<Person> mobile, int k) {
        Map<PersonId, Person> people = new HashMap<>();
        mobile.forEach(p -> people.put(p.id(), p));
        List<Candidate> out = new ArrayList<>();
        Set<PersonId> ranked = new HashSet<>();
        if (matcher != null) {
            for (var c : matcher.bestAmong(asVacancy(v), people.keySet(), k)) {
                Person p = people.get(c.person());
                if (p != null) {
                    out.add(new Candidate(p, c.score(), c.why()));
                    ranked.add(c.person());
                }
            }
        }
        for (Person p : mobile) { // registered after the matcher's index was built: listed, not scored
            if (out.size() < k && !ranked.contains(p.id())) {
                out.add(new Candidate(p, null, ""));
            }
        }
        return out;
    }

    /** The vacancy as the matcher reads one: no Italian comune, the CO contract closest to the French one. */
    static Vacancy asVacancy(CrossBorderVacancy v) {
        return new Vacancy(v.id(), v.source(), v.title(), v.occupationUri(), v.skills(), null,
                v.contract().coContractType(), v.fullTime() ? "F" : "P", 0, v.publishedOn(), v.closesOn(),
                VacancyState.PUBLISHED, 0);
    }
}
