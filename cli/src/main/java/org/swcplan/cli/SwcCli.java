package org.swcplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Builds the configured command line; {@link Main} runs it, tests run it in-process. */
public final class SwcCli {
    /** The options of swc itself that may come before a subcommand and say nothing about which. */
    private static final Set<String> SHARED_OPTIONS = Set.of("-v", "--verbose", "-q", "--quiet", "--no-color", "--lang");

    private SwcCli() {
    }

    /** The command line with English help. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, HelpLanguage.EN);
    }

    /** The command line with every subcommand's model built: for generating completion and man pages. */
    public static CommandLine create(PrintWriter out, PrintWriter err, HelpLanguage language) {
        return create(out, err, language, name -> true, true);
    }

    /**
     * The command line to run these arguments: the full model (options, mixins, converters, built by
     * reflection) only of the subcommands the arguments name; building every subcommand's model took
     * about as long as reading the dataset. When the arguments start with a subcommand (after the
     * shared options), that one is all the run can reach; otherwise the others are outlines (name and
     * description). Argument files ({@code @file}) may name any subcommand: with one, every model is
     * built.
     */
    public static CommandLine forArguments(PrintWriter out, PrintWriter err, HelpLanguage language, String... args) {
        Set<String> named = Set.copyOf(Arrays.asList(args));
        if (named.stream().anyMatch(arg -> arg.startsWith("@"))) {
            return create(out, err, language, name -> true, true);
        }
        Optional<String> leading = leadingArgument(args).filter(SwcCli::isSubcommand);
        return leading.isPresent() ? create(out, err, language, leading.get()::equals, false)
                : create(out, err, language, named::contains, true);
    }

    /**
     * The first argument after the shared options ({@code -v}, {@code -q}, {@code --no-color},
     * {@code --lang X}); where it is a subcommand, picocli hands it everything after it. Anything else
     * first, such as {@code --help} (which lists every subcommand) or a mistyped name (answered with
     * the names nearest to it), needs the outlines.
     */
    private static Optional<String> leadingArgument(String[] args) {
        int i = 0;
        while (i < args.length && (SHARED_OPTIONS.contains(args[i]) || args[i].startsWith("--lang="))) {
            i += args[i].equals("--lang") ? 2 : 1;
        }
        return i < args.length ? Optional.of(args[i]) : Optional.empty();
    }

    private static boolean isSubcommand(String arg) {
        return SwcCommand.SUBCOMMANDS.stream().anyMatch(type -> answersTo(type.getAnnotation(Command.class), arg::equals));
    }

    private static boolean answersTo(Command command, Predicate<String> names) {
        return names.test(command.name()) || Arrays.stream(command.aliases()).anyMatch(names);
    }

    /**
     * @param built    which subcommands get their full model
     * @param outlined whether the others are there as outlines
     */
    private static CommandLine create(PrintWriter out, PrintWriter err, HelpLanguage language, Predicate<String> built,
                                      boolean outlined) {
        CommandLine cli = new CommandLine(new SwcCommand());
        for (Class<?> type : SwcCommand.SUBCOMMANDS) {
            Command command = type.getAnnotation(Command.class);
            if (answersTo(command, built)) {
                cli.addSubcommand(command.name(), new CommandLine(type));
            } else if (outlined) {
                cli.addSubcommand(command.name(), new CommandLine(outline(command)));
            }
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
     * A subcommand as the top-level help lists it and as suggestions for a mistyped name find it,
     * without its options: it is never run, as a run builds the full model of every subcommand its
     * arguments name.
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

    /** A command lists exit code 4 only where it can end with it: swc itself and a command with --check. */
    private static void apply(CommandLine command, Map<String, String> exitCodes, List<String> keys) {
        CommandSpec spec = command.getCommandSpec();
        Map<String, String> own = new LinkedHashMap<>(exitCodes);
        if (spec.parent() != null && spec.findOption("--check") == null) {
            own.remove(String.valueOf(ExitCode.CHECK_FAILED.code()));
        }
        spec.usageMessage().exitCodeList(own);
        command.setHelpSectionKeys(keys);
        command.getSubcommands().values().forEach(sub -> apply(sub, exitCodes, keys));
    }
}
