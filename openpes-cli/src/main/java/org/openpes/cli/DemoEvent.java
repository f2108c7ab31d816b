package org.openpes.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openpes.services.access.Caller;
import org.openpes.services.app.EmployerService;
import org.openpes.services.app.EventService;
import org.openpes.services.app.VacancyService;
import org.openpes.services.events.Attendance;
import org.openpes.services.events.Channel;
import org.openpes.services.events.Delivery;
import org.openpes.services.events.Invitation;
import org.openpes.services.events.InterviewOutcome;
import org.openpes.services.events.Slot;
import org.openpes.services.vacancies.Vacancy;
import org.openpes.services.vacancies.VacancyEvent;

/**
 * A past IncontraLavoro of the demo account manager, made through the use cases as she would run it: two vacancies
 * of her portfolio (a cook and a warehouse worker), shortlisted by the matcher, the candidates invited by e-mail; two
 * of three came, each had an interview, and the first seen for each vacancy was hired. Dated 100 days before the
 * store's last day, so that the CO follow the event at 30 and 90 days.
 */
final class DemoEvent {
    private static final String[][] VACANCIES = {
        {"Cuoco per mensa aziendale", "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e"},
        {"Magazziniere", "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f"}};

    private DemoEvent() {
    }

    static Optional<EventService.EventView> seed(EmployerService employers, VacancyService vacancies,
            EventService events, Caller manager, LocalDate observedUntil) {
        var accounts = employers.portfolio(manager).orThrow().accounts();
        if (accounts.size() < VACANCIES.length) {
            return Optional.empty();
        }
        LocalDate day = observedUntil.minusDays(100);
        var event = events.create(manager, "IncontraLavoro Milano " + day.getYear(), day.toString(),
                "Centro per l'impiego di Milano", false, 40).orThrow();
        List<Vacancy> presented = new ArrayList<>();
        for (int i = 0; i < VACANCIES.length; i++) {
            Vacancy v = vacancies.create(manager, accounts.get(i).account().accountId(), new VacancyService
                    .VacancyForm(VACANCIES[i][0], VACANCIES[i][1], List.of(), null, "A.02.00", "F", 2,
                            LocalDate.now().plusDays(60).toString())).orThrow();
            v = vacancies.move(manager, v.id(), VacancyEvent.PUBLISH, v.version()).orThrow();
            vacancies.shortlist(manager, v.id(), 6).orThrow();
            events.addVacancy(manager, event.id(), v.id()).orThrow();
            presented.add(v);
        }
        Map<String, String> vacancyOf = new HashMap<>();
        for (Vacancy v : presented) {
            vacancies.read(manager, v.id()).orThrow().applications()
                    .forEach(l -> vacancyOf.put(l.application().id(), v.id()));
        }
        List<Invitation> invited = events.invite(manager, event.id(), Channel.EMAIL).orThrow();
        Map<String, Integer> seenAt = new HashMap<>();
        int n = 0;
        for (Invitation i : invited) {
            events.delivery(manager, i.id(), Delivery.DELIVERED).orThrow();
            boolean came = n++ % 3 != 2;
            events.attendance(manager, i.id(), came ? Attendance.SEEN : Attendance.NO_SHOW).orThrow();
            if (!came) {
                continue;
            }
            String vacancy = vacancyOf.get(i.applicationId());
            int rank = seenAt.merge(vacancy, 1, Integer::sum);
            Slot slot = events.addSlots(manager, event.id(), vacancy, List.of(String.format(Locale.ROOT,
                    "%02d:%02d", 9 + rank / 2, rank % 2 * 30))).orThrow().get(0);
            events.book(manager, slot.id(), i.id()).orThrow();
            InterviewOutcome outcome = rank == 1 ? InterviewOutcome.HIRED : rank == 2 ? InterviewOutcome.NEXT_STEP
                    : InterviewOutcome.NOT_RETAINED;
            events.interview(manager, slot.id(), outcome, outcome == InterviewOutcome.NOT_RETAINED
                    ? "SKILLS_DO_NOT_MATCH" : null).orThrow();
        }
        return Optional.of(events.read(manager, event.id()).orThrow());
    }

    static String describe(EventService.EventView v) {
        var f = v.funnel();
        return String.format(Locale.ROOT, "recruiting event %s of %s: %d invited, %d attended, %d interviewed, %d "
                + "hired; hired according to the CO within 30 days: %s, within 90 days: %s", v.event().id(),
                v.event().day(), f.invited(), f.attended(), f.interviewed(), f.hired(), f.hiredIn30DaysCo(),
                f.hiredIn90DaysCo());
    }
}
