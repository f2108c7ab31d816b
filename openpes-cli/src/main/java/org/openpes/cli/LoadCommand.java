package org.openpes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openpes.operational.db.OperationalDatabase;
import org.openpes.operational.load.LoadSchema;
import org.openpes.operational.load.RegionLoader;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load a generated region's operational records (employers, job seekers, vacancies, courses) "
                + "into the database, replacing every previous operational record (the patti of the people it replaces included) in one transaction. Every row is checked. For a demo region, not for a live registry.")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--dir", required = true, description = "A directory written by 'openpes generate'.")
    Path dir;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.OPS_003, dir, 0,
                    "no such directory");
        }
        ReferenceData ref = ReferenceData.load();
        try (OperationalDatabase db = Server.openDatabase()) {
            Progress progress = new Progress("load");
            var report = new RegionLoader(db.dataSource(), new LoadSchema(ref)).load(dir, progress::update);
            System.out.println("loaded " + report.rows() + " into " + db.description());
        }
        return 0;
    }
}
