package org.swcplan.cli;

import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** Options every command accepts, declared once on {@code swc} and inherited by its subcommands. */
public final class GlobalOptions {
    /** The keys of the report language ({@code Language} in reports, not loaded here to keep start-up light). */
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print more detail on stderr, including stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print nothing on stderr but errors.")
    boolean quiet;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Never colour the output (also when NO_COLOR is set).")
    boolean noColor;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    String lang;

    /** Checked as it is parsed, so that every command refuses an unknown language, not only those that use it. */
    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, defaultValue = "${env:SWC_LANG:-zh}",
            description = "Language of charts and reports: zh or en (default: $SWC_LANG, else zh); "
                    + "help is in Chinese with zh, $SWC_LANG=zh or a Chinese system locale.")
    void lang(String value) {
        if (value != null && !LANGUAGES.contains(value.toLowerCase(Locale.ROOT))) {
            throw UsageMessages.error(spec, value.equals(System.getenv("SWC_LANG")) ? "langFromEnv" : "lang", value);
        }
        lang = value;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    /** The language asked for; an unknown one is a usage error raised by the caller. */
    public String lang() {
        return lang == null ? "zh" : lang;
    }

    public boolean noColor() {
        return noColor || System.getenv("NO_COLOR") != null;
    }

    /**
     * Whether help must be printed without colour: {@code --no-color} among the arguments or
     * {@code NO_COLOR} set. Decided before parsing, as the help's colour scheme is set up front;
     * the tool's own output has no colour at all.
     */
    static boolean colourOff(String[] args) {
        return System.getenv("NO_COLOR") != null || java.util.Arrays.asList(args).contains("--no-color");
    }
}
