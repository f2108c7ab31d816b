package org.openpes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openpes.core.error.ErrorCode;
import org.openpes.core.error.OpenPesException;
import org.openpes.reference.ReferenceData;
import org.openpes.skills.SkillsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "skills", mixinStandardHelpOptions = true,
        description = {"ESCO skills in free text (English). Example: ./openpes skills extract vacancy.txt"})
final class SkillsCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "What to do: extract.")
    String what;

    @Parameters(index = "1", description = "A UTF-8 text file (a vacancy description, a CV).")
    Path file;

    @Option(names = "--limit", defaultValue = "20", description = "Most skills (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (!"extract".equals(what)) {
            throw new OpenPesException(ErrorCode.SKL_005, "WHAT", "'" + what + "' is not supported (supported: extract)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OpenPesException(ErrorCode.SKL_005, "FILE", file + " cannot be read as UTF-8 text");
        }
        Json.print(SkillsService.withoutRegion(ReferenceData.load()).extract(text, limit));
        return 0;
    }
}
