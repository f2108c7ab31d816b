package org.openpes.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openpes.observatory.store.EventStore;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.reference.ReferenceData;
import org.openpes.services.ServicesModule;
import org.openpes.services.access.Caller;
import org.openpes.services.access.Role;
import org.openpes.services.access.Scope;
import org.openpes.services.profiling.ModelCheck;
import org.openpes.services.profiling.ProfilingModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "profiling", mixinStandardHelpOptions = true, subcommands = ProfilingCommand.Fit.class,
        description = "The profiling model of job seekers.")
final class ProfilingCommand {

    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = {"Fit the profiling model on the CO histories of every registered person with a DID "
                + "(the probability of being employed within 6 and 12 months), check it on the three people in ten "
                + "held out (AUC, Brier score, calibration; by sex and by citizenship group), store it and print "
                + "the checks.", "The fit is audited; the model holds no personal data."})
    static final class Fit implements Callable<Integer> {
        @Option(names = "--store", required = true, description = "The analytics store (from 'co ingest').")
        Path store;

        @Option(names = "--region", defaultValue = "03", description = "ISTAT region code (default ${DEFAULT-VALUE}).")
        String region;

        @Override
        public Integer call() {
            ReferenceData ref = ReferenceData.load();
            try (OperationalDatabase db = Server.openDatabase(); ServicesModule services = Server.services(ref, db);
                    EventStore events = IndicatorsCommand.open(store, ref)) {
                print(Server.profiling(services, events).fit(cli(region)).orThrow());
                return 0;
            }
        }
    }

    /** The caller of a fit run from the command line: an analyst of the region. */
    static Caller cli(String region) {
        Scope all = new Scope(Scope.Level.REGION, region);
        return new Caller("cli:profiling", Role.ANALYST, all, all, "cli");
    }

    static void print(ProfilingModel m) {
        System.out.printf(Locale.ROOT, "profiling model fitted on CO up to %s; risk classes: low risk from "
                + "p12 >= %.3f, high risk below %.3f%n", m.observedUntil(), m.upperTercile(), m.lowerTercile());
        for (ProfilingModel.Horizon h : new ProfilingModel.Horizon[] {m.sixMonths(), m.twelveMonths()}) {
            System.out.printf(Locale.ROOT, "employed within %2d months: fitted on %,d people; held out %s%n",
                    h.months(), h.fittedOn(), line(h.heldOut()));
            print("  by sex", h.bySex());
            print("  by citizenship", h.byCitizenship());
            System.out.println("  calibration (predicted -> observed, by tenth of the held out):");
            for (ModelCheck.Bin b : h.heldOut().calibration()) {
                System.out.printf(Locale.ROOT, "    %5d people  %.3f -> %.3f%n", b.people(), b.predicted(),
                        b.observed());
            }
        }
    }

    private static void print(String title, Map<String, ModelCheck> groups) {
        groups.forEach((g, c) -> System.out.printf(Locale.ROOT, "%s %-7s %s%n", title, g, line(c)));
    }

    private static String line(ModelCheck c) {
        return String.format(Locale.ROOT, "%,d people, AUC %.3f, Brier %.3f", c.people(), c.auc(), c.brier());
    }
}
