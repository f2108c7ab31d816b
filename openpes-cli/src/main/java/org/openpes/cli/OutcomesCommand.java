package org.openpes.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openpes.observatory.store.EventStore;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.reference.ReferenceData;
import org.openpes.services.ServicesModule;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.outcomes.Evaluation;
import org.openpes.services.outcomes.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = {"Measure what a service achieves, from the CO: for the people who received it, the share "
            + "hired within 30, 90, 180 and 365 days and on a durable contract, against registered people like them "
            + "not yet served on the same day (matched on sex, age class, education, months without work, province "
            + "and last occupation group), with the difference and its 95% interval. Disclosure-controlled "
            + "(OPENPES_DISCLOSURE_K); audited."})
final class OutcomesCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, description = "The analytics store (from 'co ingest').")
    Path store;

    @Option(names = "--service", defaultValue = "patto",
            description = "patto, path:GOL_PATH (e.g. path:RIQUALIFICAZIONE), action:KIND, proposed (put on a "
                    + "vacancy by the CPI), event (attended a recruiting event), crisis (worker of a crisis case), "
                    + "referral or referral:PARTNER_KIND (default ${DEFAULT-VALUE}).")
    String service;

    enum Format {
        text, csv
    }

    @Option(names = "--format", defaultValue = "text", description = "text or csv (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--region", defaultValue = "03", description = "ISTAT region code (default ${DEFAULT-VALUE}).")
    String region;

    @Override
    public Integer call() {
        Service what = Service.parse(service);
        ReferenceData ref = ReferenceData.load();
        Scope all = new Scope(Scope.Level.REGION, region);
        try (OperationalDatabase db = Server.openDatabase(); ServicesModule services = Server.services(ref, db);
                EventStore events = IndicatorsCommand.open(store, ref)) {
            Evaluation e = services.outcomes(Server.histories(events), Configuration.current().api().disclosureK())
                    .evaluate(new Caller("cli:outcomes", Role.ANALYST, all, all, "cli"), what).orThrow();
            System.out.print(format == Format.csv ? e.csv() : text(e));
            return 0;
        }
    }

    static String text(Evaluation e) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: %,d people received it while without "
                + "work, %,d matched (up to %d comparisons each; %s on all six observables, without the occupation, "
                + "without the age class too); CO up to %s%n", e.service(), e.received(), e.matched(),
                e.controlsPerPerson(), e.matchedAtLevel(), e.observedUntil()));
        s.append(String.format(Locale.ROOT, "%-8s %5s %8s %9s %11s %11s  %s%n", "outcome", "days", "people",
                "served", "comparison", "difference", "95% interval"));
        java.util.List<Evaluation.Horizon> all = new java.util.ArrayList<>(e.hired());
        all.add(e.durableWithin365Days());
        for (int i = 0; i < all.size(); i++) {
            Evaluation.Horizon h = all.get(i);
            String what = i < e.hired().size() ? "hired" : "durable";
            s.append(h.suppressed() ? String.format(Locale.ROOT, "%-8s %5d %8s  suppressed (fewer than k people)%n",
                    what, h.days(), h.people() == 0 ? "<k" : String.valueOf(h.people()))
                    : String.format(Locale.ROOT, "%-8s %5d %,8d %8.1f%% %10.1f%% %+10.1f pt  [%+.1f, %+.1f]%n",
                            what, h.days(), h.people(), 100 * h.treatedShare(), 100 * h.comparisonShare(),
                            100 * h.difference(), 100 * h.low(), 100 * h.high()));
        }
        s.append(String.format(Locale.ROOT, "median days to a hire (Kaplan-Meier): served %s, comparison %s%n",
                e.medianDaysTreated() == null ? "not reached" : e.medianDaysTreated(),
                e.medianDaysControls() == null ? "not reached" : e.medianDaysControls()));
        return s.toString();
    }
}
