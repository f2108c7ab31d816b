package org.openpes.cli;

import java.util.concurrent.Callable;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.SkillsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {"Normalise a job title to ranked ESCO occupations (JSON).",
            "Example: ./openpes normalize title \"resp. amministrativo\" --lang it"})
final class NormalizeCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "What to normalise: title.")
    String what;

    @Parameters(index = "1", description = "The text.")
    String text;

    @Option(names = "--lang", defaultValue = "it", description = "it, en, fr, es, de, nl, sv (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--limit", defaultValue = "10", description = "Most results (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (!"title".equals(what)) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.SKL_005, "WHAT",
                    "'" + what + "' is not supported (supported: title)");
        }
        Json.print(SkillsService.withoutRegion(ReferenceData.load()).normalise(text, lang, limit));
        return 0;
    }
}
