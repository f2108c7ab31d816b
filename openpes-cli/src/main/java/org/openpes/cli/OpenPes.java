package org.openpes.cli;

import java.io.PrintWriter;
import org.openpes.core.error.OpenPesException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code openpes} command line: every command documents itself with {@code --help}. */
@Command(name = "openpes", mixinStandardHelpOptions = true, version = "OpenPES 0.1.0",
        description = "OpenPES, an open platform for public employment services.",
        subcommands = {DemoCommand.class, ServeCommand.class, GenerateCommand.class, LoadCommand.class,
            AuditCommand.class, ProfilingCommand.class, OutcomesCommand.class, ForecastCommand.class, LookupCommand.class, CoCommand.class, IndicatorsCommand.class, NormalizeCommand.class, SkillsCommand.class,
            MatchCommand.class, TransitionsCommand.class, TrainingCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class OpenPes {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (errors: one line on standard error, non-zero). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new OpenPes());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof OpenPesException ope) {
                err.println("error: " + ope.getMessage());
                return 2;
            }
            err.println("error: OPES-API-004: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage() + " (see --help)");
            return 2;
        });
        return cli.execute(args);
    }
}
