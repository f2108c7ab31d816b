package org.openpes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.SkillsService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "transitions", mixinStandardHelpOptions = true,
        description = {"Career transitions from an ESCO occupation or from a job seeker's skills, by skill "
                + "similarity, with the skills gap (JSON).",
            "Example: ./openpes transitions --occupation http://data.europa.eu/esco/occupation/... --province 016",
            "         ./openpes transitions --seeker S00000001"})
final class TransitionsCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    From from;

    static final class From {
        @Option(names = "--occupation", required = true, description = "ESCO occupation URI.")
        String occupation;

        @Option(names = "--seeker", required = true, description = "Job seeker id in the region (declared and "
                + "implied skills).")
        String seeker;
    }

    @Option(names = "--province", description = "Keep occupations with vacancies in this province (needs a region).")
    String province;

    @Option(names = "--region", description = "Region folder for --seeker and --province (default: the demo "
            + "region).")
    Path region;

    @Option(names = "--limit", defaultValue = "10", description = "Most results (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        boolean needsRegion = province != null || from.seeker != null;
        SkillsService skills = new SkillsService(ReferenceData.load(), needsRegion ? Regions.orDemo(region) : null);
        Json.print(from.seeker != null ? skills.transitionsForSeeker(from.seeker, limit, province)
                : skills.transitions(from.occupation, limit, province));
        return 0;
    }
}
