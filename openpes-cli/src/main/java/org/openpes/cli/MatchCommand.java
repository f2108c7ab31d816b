package org.openpes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.SkillsService;
import org.openpes.skills.match.MatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Ranked, explained matches in a region (JSON): candidates for a vacancy, or vacancies for a "
                + "job seeker.", "Example: ./openpes match --vacancy V00000042"})
final class MatchCommand implements Callable<Integer> {
    @Option(names = "--vacancy", description = "A vacancy id: rank candidates.")
    String vacancy;

    @Option(names = "--seeker", description = "A seeker id: rank vacancies.")
    String seeker;

    @Option(names = "--region", description = "Region folder (default: the demo region in $OPENPES_HOME).")
    Path region;

    @Option(names = "--limit", defaultValue = "10", description = "Most results (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--max-km", defaultValue = "0", description = "Hard filter: most km (0 = the seeker's radius).")
    int maxKm;

    @Option(names = "--licence", description = "Hard filter: required driving licence (e.g. C).")
    String licence;

    @Option(names = "--max-per-employer", defaultValue = "0",
            description = "Fairness, for --seeker: most vacancies of one employer (0 = no cap).")
    int maxPerEmployer;

    @Override
    public Integer call() throws Exception {
        if ((vacancy == null) == (seeker == null)) {
            throw new OpenPesException(ErrorCode.SKL_005, "--vacancy/--seeker", "give exactly one of them");
        }
        SkillsService skills = new SkillsService(ReferenceData.load(), Regions.orDemo(region));
        MatchOptions options = new MatchOptions(maxKm, licence, maxPerEmployer);
        Json.print(vacancy != null ? skills.candidatesFor(vacancy, limit, options)
                : skills.vacanciesFor(seeker, limit, options));
        return 0;
    }
}
