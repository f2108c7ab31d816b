package org.openpes.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openpes.services.access.Caller;
import org.openpes.services.app.EmployerService;

/**
 * The demo account manager's portfolio, made once through the use cases as she would make it: she takes the
 * employers of her CPI that hired most in the store's last year and never had contact, and records a first visit to
 * each with a next step (the oldest ones now overdue). Every step is audited like hers.
 */
final class DemoPortfolio {
    private static final int ACCOUNTS = 12;
    private static final String[] NEEDS = {"warehouse workers for the winter peak", "two cooks for the new canteen",
        "a welder and an electrician", "sales assistants for the weekend", "a bookkeeper, part time",
        "drivers with a C licence"};

    private DemoPortfolio() {
    }

    /** Seeds the portfolio when it is empty; returns how many accounts it holds afterwards. */
    static int seed(EmployerService employers, Caller manager, LocalDate today) {
        int held = employers.portfolio(manager).orThrow().accounts().size();
        if (held > 0) {
            return held;
        }
        List<EmployerService.Prospect> prospects = employers.prospects(manager).orThrow();
        int i = 0;
        for (EmployerService.Prospect p : prospects.subList(0, Math.min(ACCOUNTS, prospects.size()))) {
            String id = p.account().accountId();
            employers.take(manager, id, p.account().version(), null).orThrow();
            LocalDate visit = today.minusDays(40L - 3L * i);
            employers.record(manager, id, new EmployerService.InteractionForm(i % 3 == 0 ? "CALL" : "VISIT",
                    visit.toString(), String.format(Locale.ROOT, "First contact: %d hires in the last year of CO; "
                            + "looking for %s", p.hires(), NEEDS[i % NEEDS.length]), "send a shortlist",
                    visit.plusDays(14).toString())).orThrow();
            i++;
        }
        return i;
    }
}
