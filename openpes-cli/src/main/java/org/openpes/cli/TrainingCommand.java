package org.openpes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.SkillsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "training", mixinStandardHelpOptions = true,
        description = {"A training path: the catalogue's courses that cover a seeker's missing essential skills for "
                + "an occupation or a vacancy with few hours (JSON).",
            "Example: ./openpes training --seeker S00000001 --vacancy V00000042"})
final class TrainingCommand implements Callable<Integer> {
    @Option(names = "--seeker", required = true, description = "Seeker id.")
    String seeker;

    @Option(names = "--occupation", description = "Target ESCO occupation URI.")
    String occupation;

    @Option(names = "--vacancy", description = "Target vacancy id.")
    String vacancy;

    @Option(names = "--region", description = "Region folder (default: the demo region).")
    Path region;

    @Override
    public Integer call() throws Exception {
        Json.print(new SkillsService(ReferenceData.load(), Regions.orDemo(region)).training(seeker, occupation,
                vacancy));
        return 0;
    }
}
