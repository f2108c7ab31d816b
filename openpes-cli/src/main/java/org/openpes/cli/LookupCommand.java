package org.openpes.cli;

import java.util.concurrent.Callable;
import org.openpes.api.reference.ReferenceLookups;
import org.openpes.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Look up the reference data and print JSON (the same answers as the REST API).",
            "Examples:",
            "  ./openpes lookup comune 015146          ./openpes lookup comune --name Bergamo",
            "  ./openpes lookup occupation --label cuoco --lang it",
            "  ./openpes lookup skill --label 'manage budgets'",
            "  ./openpes lookup ateco 56.10.11         ./openpes lookup cp2011 5.2.2.1.0",
            "  ./openpes lookup co-codes contract-types"})
final class LookupCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "What: comune, occupation, skill, ateco, cp2011, co-codes.")
    String what;

    @Parameters(index = "1", arity = "0..1", description = "A code or URI (comune, ateco, cp2011, occupation, skill "
            + "URI, co-codes table).")
    String code;

    @Option(names = "--label", description = "Look up by label (occupation, skill).")
    String label;

    @Option(names = "--name", description = "Look up a comune by name.")
    String name;

    @Option(names = "--lang", description = "Language of --label: it, en, fr, es, de, nl, sv (skills: en).")
    String lang;

    @Option(names = "--limit", defaultValue = "10", description = "Most results (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        ReferenceLookups lookups = new ReferenceLookups(ReferenceData.load());
        Object result = switch (what) {
            case "comune" -> name != null ? lookups.comuniByName(name, limit) : lookups.comune(need(code, "CODE"));
            case "occupation" -> label != null ? lookups.occupationsByLabel(label, lang == null ? "it" : lang, limit)
                    : lookups.occupation(need(code, "URI"));
            case "skill" -> label != null ? lookups.skillsByLabel(label, lang == null ? "en" : lang, limit)
                    : lookups.skill(need(code, "URI"));
            case "ateco" -> lookups.ateco(need(code, "CODE"));
            case "cp2011" -> lookups.cp2011(need(code, "CODE"));
            case "co-codes" -> lookups.coCodes(need(code, "TABLE"));
            default -> throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.API_002,
                    "WHAT", "'" + what + "' is not one of comune, occupation, skill, ateco, cp2011, co-codes");
        };
        Json.print(result);
        return 0;
    }

    private static String need(String value, String what) {
        if (value == null) {
            throw new org.openpes.core.error.OpenPesException(org.openpes.core.error.ErrorCode.VAL_001, what);
        }
        return value;
    }
}
