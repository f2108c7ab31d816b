package org.openpes.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.openpes.services.access.Caller;
import org.openpes.services.app.CrisisService;
import org.openpes.services.crisis.Procedure;
import org.openpes.services.crisis.Signal;

/**
 * The demo crisis unit's first case, opened through the use case as the unit would: on the firm of the watch list
 * whose CO terminations rose most (or with collective terminations), with its workers of six months before the
 * store's last day, so that their re-employment can be followed in the CO since.
 */
final class DemoCrisis {
    private DemoCrisis() {
    }

    static Optional<CrisisService.CaseView> seed(CrisisService crisis, Caller unit, LocalDate observedUntil) {
        var firm = crisis.watchList(unit).orThrow().stream().filter(w -> w.account() != null
                && (w.signals().contains(Signal.TERMINATIONS_RISING) || w.signals().contains(Signal
                        .COLLECTIVE_TERMINATIONS))).findFirst();
        if (firm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(crisis.open(unit, firm.get().account().accountId(), Procedure.COLLECTIVE_DISMISSAL,
                observedUntil.minusMonths(6).toString()).orThrow());
    }

    /** One line for the demo's log: the case's workers and their re-employment. */
    static String describe(CrisisService.CaseView v) {
        CrisisService.Curve all = v.curves().get(0);
        return String.format(Locale.ROOT, "crisis unit: case %s on employer %s, %d workers at %s; %d of them left "
                + "by %s, %d re-employed (median %s)", v.crisisCase().id(), v.employer().displayCode(), v.workers(),
                v.crisisCase().workersAt(), all.workers(), v.observedUntil(), all.reemployed(),
                all.medianDays() == null ? "not reached" : all.medianDays() + " days");
    }
}
