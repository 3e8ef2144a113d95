package org.swcplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Builds the configured command line; {@link Main} runs it, tests run it in-process. */
public final class SwcCli {
    private SwcCli() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cli = new CommandLine(new SwcCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExitCodeExceptionMapper(e -> ExitCode.INTERNAL.code());
        appendExitCodes(cli);
        return cli;
    }

    /** The exit codes in the top-level help come from {@link ExitCode}, so they cannot drift. */
    private static void appendExitCodes(CommandLine cli) {
        List<String> footer = new ArrayList<>(Arrays.asList(cli.getCommandSpec().usageMessage().footer()));
        footer.add("");
        footer.add("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            footer.add("  " + code.code() + "  " + code.meaning());
        }
        cli.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    }
}
