package org.swcplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Builds the configured command line; {@link Main} runs it, tests run it in-process. */
public final class SwcCli {
    private SwcCli() {
    }

    /** The command line with English help. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, HelpLanguage.EN);
    }

    /** The command line with every subcommand's model built: for generating completion and man pages. */
    public static CommandLine create(PrintWriter out, PrintWriter err, HelpLanguage language) {
        return create(out, err, language, name -> true);
    }

    /**
     * The command line to run these arguments: the full model (options, mixins, converters, built by
     * reflection) only of the subcommands the arguments name, and of the others just their names and
     * descriptions, which the top-level help and the suggestions for a mistyped name need. Building
     * every subcommand's model took about as long as reading the dataset. Argument files
     * ({@code @file}) may name any subcommand, so with one every model is built.
     */
    public static CommandLine forArguments(PrintWriter out, PrintWriter err, HelpLanguage language, String... args) {
        Set<String> named = Set.copyOf(Arrays.asList(args));
        boolean argumentFile = named.stream().anyMatch(arg -> arg.startsWith("@"));
        return create(out, err, language, name -> argumentFile || named.contains(name));
    }

    private static CommandLine create(PrintWriter out, PrintWriter err, HelpLanguage language, Predicate<String> built) {
        CommandLine cli = new CommandLine(new SwcCommand());
        for (Class<?> type : SwcCommand.SUBCOMMANDS) {
            Command command = type.getAnnotation(Command.class);
            boolean named = built.test(command.name()) || Arrays.stream(command.aliases()).anyMatch(built);
            cli.addSubcommand(command.name(), named ? new CommandLine(type) : new CommandLine(outline(command)));
        }
        ErrorHandler errors = new ErrorHandler();
        cli.setOut(out)
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
     * A subcommand as the top-level help lists it, without its options: it is never run, as a run
     * builds the full model of every subcommand its arguments name.
     */
    private static CommandSpec outline(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
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
