package org.swcplan.cli;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.swcplan.datasets.csv.DataError;
import org.swcplan.datasets.csv.InvalidDataException;
import org.swcplan.model.Keyed;
import org.swcplan.model.RuleBroken;
import org.swcplan.model.UnknownName;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the command line says to its user besides results, in the help's language (keys of the help
 * bundle): usage errors ({@code usage.error.*}), picocli's told from the exception's fields rather than
 * from its English message, the commands' own by key ({@link #error}), names the model does not know
 * from their parts ({@link #unknown}), each followed by the nearest names or where to read the usage;
 * and notes on what a command did ({@code note.*}, {@link #note}).
 */
public final class UsageMessages {
    private final ResourceBundle texts;
    /**
     * Whether the model's and the data files' problems are worded from their parts (false: their own
     * English messages are shown as they are).
     */
    private final boolean fromParts;

    /** @param texts the help bundle; null (a command line built without one) reads the English */
    UsageMessages(ResourceBundle texts) {
        this.texts = texts != null ? texts : HelpLanguage.EN.bundle();
        this.fromParts = Boolean.parseBoolean(this.texts.getString("usage.modelMessagesFromParts"));
    }

    /** The lines to print for this usage error. */
    List<String> lines(ParameterException e) {
        List<String> lines = new ArrayList<>();
        lines.add(text("usage.error.line", message(e)));
        List<String> suggestions = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions()
                : List.of();
        if (!suggestions.isEmpty()) {
            boolean option = ((UnmatchedArgumentException) e).isUnknownOption();
            String prefix = option ? "" : e.getCommandLine().getCommandSpec().qualifiedName() + " ";
            lines.add(text(option ? "usage.error.possible" : "usage.error.didYouMean", suggestions.stream()
                    .map(s -> prefix + s).collect(Collectors.joining(text("usage.error.or")))));
        } else {
            lines.add(text("usage.error.tryHelp", e.getCommandLine().getCommandSpec().qualifiedName()));
        }
        return lines;
    }

    /**
     * A name that matches none known, led by {@code prefix} (the option, as {@code "--unit: "}): the
     * model's English message as it is, or in another language from its parts (what was asked for, the
     * name, the names it may have meant, else those known).
     */
    String unknown(String prefix, UnknownName e) {
        if (!fromParts) {
            return prefix + e.getMessage();
        }
        String thing = e.thing().name().toLowerCase(Locale.ROOT);
        String none = "usage.error.unknown.none." + thing;
        String rest = !e.meant().isEmpty()
                ? text("usage.error.unknown.meant", String.join(text("usage.error.or"), e.meant()))
                : !e.known().isEmpty() ? text("usage.error.unknown.known", String.join(", ", e.known()))
                : texts.containsKey(none) ? text(none) : "";
        return lead(prefix) + text("usage.error.unknown." + thing, e.given()) + rest;
    }

    /** A value a rule of the model refuses: its English message as it is, or worded by the rule's key. */
    String broken(String prefix, RuleBroken e) {
        if (!fromParts) {
            return prefix + e.getMessage();
        }
        return lead(prefix) + text("usage.error.rule." + e.rule(), e.values().toArray());
    }

    /** The option a model message is about ({@code "--unit: "}), as this language leads with it. */
    private String lead(String prefix) {
        return prefix.isEmpty() ? "" : text("usage.error.lead", prefix.replaceFirst(":\\s*$", ""));
    }

    /**
     * A problem in a data file, located as {@link DataError#format()}; worded in the help's language
     * where the problem names its kind, else in English.
     */
    String dataError(DataError e) {
        if (e.key().isEmpty() || !fromParts) {
            return e.format();
        }
        return e.format(text("data.error." + e.key(), e.args().toArray()));
    }

    /** The line after the first data problems shown: how many more there are. */
    String dataErrorsMore(int more) {
        return text("data.more", String.valueOf(more));
    }

    /** The closing line of invalid data: how many problems in which file, or in how many files. */
    String invalidData(InvalidDataException e) {
        if (!fromParts) {
            return text("usage.error.line", "invalid data: " + e.getMessage());
        }
        List<String> files = e.errors().stream().map(DataError::file).distinct().toList();
        return text("usage.error.line", text(files.size() == 1 ? "data.invalidInFile" : "data.invalidInFiles",
                String.valueOf(e.errors().size()), files.size() == 1 ? files.get(0) : String.valueOf(files.size())));
    }

    /** What is wrong, in the help's language. */
    String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            return text(unmatched.isUnknownOption() ? "usage.error.unknownOption" : "usage.error.unmatched",
                    quoted(args));
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing);
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return text("usage.error.givenTwice", overwritten.getOverwritten() instanceof OptionSpec option
                    ? option.longestName() : overwritten.getOverwritten().paramLabel());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return invalid(e.getArgSpec(), e.getValue());
        }
        return e.getMessage();
    }

    private String missing(MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        // an option that was given without its value, as opposed to a required one left out
        if (e.getMessage().startsWith("Missing required parameter for option") && missing.size() == 1) {
            OptionSpec option = (OptionSpec) missing.get(0);
            return text("usage.error.missingValue", option.longestName(), option.paramLabel());
        }
        // the alternatives of a group of which one must be given (scenario's --plan, --template, --calibration)
        boolean alternatives = missing.size() > 1 && missing.get(0).group() != null
                && missing.get(0).group().exclusive() && missing.stream().allMatch(a -> a.group() == missing.get(0).group());
        if (alternatives) {
            return text("usage.error.missingOneOf",
                    missing.stream().map(this::name).collect(Collectors.joining(text("usage.error.or"))));
        }
        boolean options = missing.stream().allMatch(ArgSpec::isOption);
        boolean parameters = missing.stream().noneMatch(ArgSpec::isOption);
        return text(options ? "usage.error.missingOption" : parameters ? "usage.error.missingParameter"
                        : "usage.error.missingArguments",
                missing.stream().map(this::name).collect(Collectors.joining(text("usage.error.and"))));
    }

    private String invalid(ArgSpec arg, String value) {
        String wanted = wanted(arg);
        String which = arg.isOption() ? ((OptionSpec) arg).longestName() : ((PositionalParamSpec) arg).paramLabel();
        String invalid = text(arg.isOption() ? "usage.error.invalidValue" : "usage.error.invalidParameter", which,
                value);
        return wanted == null ? invalid : invalid + text("usage.error.wanted", wanted);
    }

    /** What the option takes: its choices, or a whole number or a number; null where the type says no more. */
    private String wanted(ArgSpec arg) {
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        List<String> candidates = arg.completionCandidates() == null ? List.of()
                : StreamSupport.stream(arg.completionCandidates().spliterator(), false).toList();
        if (type.isEnum()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            // picocli's own candidates of an enum are its constants' names: the keys a user types instead
            if (candidates.isEmpty() || candidates.equals(constants)) {
                candidates = Arrays.stream(type.getEnumConstants()).map(c -> c instanceof Keyed keyed ? keyed.key()
                        : ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
            }
        }
        if (!candidates.isEmpty()) {
            return text("usage.error.oneOf", String.join(", ", candidates));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return text("usage.error.wholeNumber");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return text("usage.error.number");
        }
        return null;
    }

    /** An option as it is written, with its value's label unless it is a flag; a parameter by its label. */
    private String name(ArgSpec arg) {
        return text("usage.error.quoted", arg instanceof OptionSpec option
                ? option.longestName() + (option.arity().max() == 0 ? "" : "=" + option.paramLabel()) : arg.paramLabel());
    }

    private String quoted(List<String> args) {
        return args.stream().map(a -> text("usage.error.quoted", a)).collect(Collectors.joining(", "));
    }

    private String text(String key, Object... args) {
        try {
            return new MessageFormat(texts.getString(key), Locale.ROOT).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("help text " + key + " is missing", e);
        }
    }

    /**
     * A usage error the command found itself, worded by {@code usage.error.KEY} of the help bundle in
     * the help's language, with these arguments.
     */
    public static ParameterException error(CommandSpec spec, String key, Object... args) {
        return new ParameterException(spec.commandLine(),
                new UsageMessages(spec.commandLine().getResourceBundle()).text("usage.error." + key, args));
    }

    /**
     * A note on what a command did ({@code note.KEY} of the help bundle), in the help's language: the
     * lines on stderr that a planner reads beside the results.
     */
    public static String note(CommandSpec spec, String key, Object... args) {
        return new UsageMessages(spec.commandLine().getResourceBundle()).text("note." + key, args);
    }

    /** The texts of the command line that failed: its help bundle, which follows the help's language. */
    static UsageMessages of(CommandLine command) {
        return new UsageMessages(command.getResourceBundle());
    }
}
