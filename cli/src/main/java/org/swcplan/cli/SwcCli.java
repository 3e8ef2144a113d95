package org.swcplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Builds the configured command line; {@link Main} runs it, tests run it in-process. */
public final class SwcCli {
    private SwcCli() {
    }

    /** The command line with English help. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, HelpLanguage.EN);
    }

    public static CommandLine create(PrintWriter out, PrintWriter err, HelpLanguage language) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine cli = new CommandLine(new SwcCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExitCodeExceptionMapper(e -> ExitCode.INTERNAL.code());
        ResourceBundle help = language.bundle();
        // one bundle for every command: examples, exit codes and (in Chinese) the descriptions
        cli.setResourceBundle(help);
        // the width of the terminal (80 where it cannot be told); picocli counts Chinese characters double
        cli.setUsageHelpAutoWidth(true);
        helpSections(cli, help);
        return cli;
    }

    /**
     * Every command's help ends with its examples (the footer) and then the exit codes, which come
     * from {@link ExitCode} so they cannot drift.
     */
    private static void helpSections(CommandLine command, ResourceBundle help) {
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            exitCodes.put(String.valueOf(code.code()), help.getString("exitCode." + code.code()));
        }
        List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
        keys.removeAll(List.of(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING,
                UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST));
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER) + 1, UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST);
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER) + 1,
                UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING);
        apply(command, exitCodes, keys);
    }

    private static void apply(CommandLine command, Map<String, String> exitCodes, List<String> keys) {
        command.getCommandSpec().usageMessage().exitCodeList(exitCodes);
        command.setHelpSectionKeys(keys);
        command.getSubcommands().values().forEach(sub -> apply(sub, exitCodes, keys));
    }
}
