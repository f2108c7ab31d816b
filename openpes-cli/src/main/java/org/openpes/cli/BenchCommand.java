package org.openpes.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks. Each prints size, time, throughput, peak memory and the ratio against a "
                + "baseline measured in the same run. Quote medians: these machines are noisy.",
        subcommands = {BenchReference.class, BenchGenerate.class, BenchObservatory.class, BenchMelo.class, BenchSkillExtraction.class,
                BenchServices.class, BenchCrisis.class,
                BenchMatching.class})
final class BenchCommand {
}
