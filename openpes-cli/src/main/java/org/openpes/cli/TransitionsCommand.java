package org.openpes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.SkillsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "transitions", mixinStandardHelpOptions = true,
        description = {"Career transitions from an ESCO occupation, by skill similarity, with the skills gap (JSON).",
            "Example: ./openpes transitions --occupation http://data.europa.eu/esco/occupation/... --province 016"})
final class TransitionsCommand implements Callable<Integer> {
    @Option(names = "--occupation", required = true, description = "ESCO occupation URI.")
    String occupation;

    @Option(names = "--province", description = "Keep occupations with vacancies in this province (needs a region).")
    String province;

    @Option(names = "--region", description = "Region folder for --province (default: the demo region).")
    Path region;

    @Option(names = "--limit", defaultValue = "10", description = "Most results (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        SkillsService skills = new SkillsService(ReferenceData.load(), province == null ? null
                : Regions.orDemo(region));
        Json.print(skills.transitions(occupation, limit, province));
        return 0;
    }
}
