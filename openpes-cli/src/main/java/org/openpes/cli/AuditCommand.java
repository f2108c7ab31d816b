package org.openpes.cli;

import java.util.concurrent.Callable;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.operational.audit.AuditTrail;
import org.openpes.operational.db.OperationalDatabase;
import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class,
        description = "The audit trail of personal data.")
final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the audit trail's hash chain from its first record; name the first broken link "
                    + "(exit 1) or say how many records are intact (exit 0).")
    static final class Verify implements Callable<Integer> {
        @Override
        public Integer call() {
            try (OperationalDatabase db = Server.openDatabase()) {
                AuditTrail.Verification v = AuditTrail.verify(db.dataSource());
                if (!v.intact()) {
                    throw new OpenPesException(ErrorCode.AUD_003, v.firstBrokenSeq().orElseThrow(), v.reason());
                }
                System.out.println("audit trail intact: " + v.records() + " records chained");
                return 0;
            }
        }
    }
}
