package org.swcplan.cli.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Man pages (roff, section 1) from the command model: swc(1) and swc-COMMAND(1) for every
 * subcommand, with the same descriptions, options, examples and exit codes as {@code --help}.
 * Written here rather than by picocli-codegen's generator, which writes AsciiDoc that needs
 * Asciidoctor to become a man page.
 */
public final class ManPages {
    private ManPages() {
    }

    /** Page name (e.g. {@code swc-gap}) to its roff text, swc itself first. */
    public static Map<String, String> of(CommandLine cli, String version) {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("swc", page(cli, version));
        cli.getSubcommands().forEach((name, sub) -> pages.put("swc-" + name, page(sub, version)));
        return pages;
    }

    private static String page(CommandLine command, String version) {
        CommandSpec spec = command.getCommandSpec();
        UsageMessageSpec usage = spec.usageMessage();
        String name = spec.qualifiedName("-");
        StringBuilder roff = new StringBuilder();
        roff.append(".TH ").append(name.toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"swc ")
                .append(version).append("\" \"swc manual\"\n");
        roff.append(".SH NAME\n").append(escape(name)).append(" \\- ")
                .append(escape(firstSentence(text(usage.description())))).append('\n');
        roff.append(".SH SYNOPSIS\n.nf\n")
                .append(escape(new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).strip()))
                .append("\n.fi\n");
        roff.append(".SH DESCRIPTION\n");
        for (String paragraph : usage.description()) {
            roff.append(".PP\n").append(escape(format(paragraph))).append('\n');
        }
        if (!spec.positionalParameters().isEmpty() || !spec.options().isEmpty()) {
            roff.append(".SH OPTIONS\n");
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            roff.append(".TP\n.I ").append(escape(parameter.paramLabel())).append('\n')
                    .append(escape(format(text(parameter.description())))).append('\n');
        }
        List<OptionSpec> options = new ArrayList<>(spec.options());
        options.sort(java.util.Comparator.comparing(o -> o.longestName().replaceFirst("^-+", "")));
        for (OptionSpec option : options) {
            String label = option.arity().max() > 0 ? "=" + option.paramLabel() : "";
            roff.append(".TP\n.B ").append(escape(String.join(", ", option.names()) + label)).append('\n')
                    .append(escape(format(text(option.description())))).append('\n');
        }
        if (!spec.subcommands().isEmpty()) {
            roff.append(".SH COMMANDS\n");
            spec.subcommands().forEach((sub, line) -> roff.append(".TP\n.B ").append(escape(sub)).append('\n')
                    .append(escape(firstSentence(text(line.getCommandSpec().usageMessage().description()))))
                    .append("\nSee\n.BR swc\\-").append(escape(sub)).append(" (1).\n"));
        }
        List<String> footer = List.of(usage.footer());
        if (!footer.isEmpty()) {
            roff.append(".SH EXAMPLES\n.nf\n");
            for (String line : footer) {
                roff.append(escape(format(line))).append('\n');
            }
            roff.append(".fi\n");
        }
        roff.append(".SH EXIT STATUS\n");
        usage.exitCodeList().forEach((code, meaning) ->
                roff.append(".TP\n.B ").append(code).append('\n').append(escape(meaning)).append('\n'));
        if (spec.parent() != null) {
            roff.append(".SH SEE ALSO\n.BR swc (1)\n");
        }
        return roff.toString();
    }

    private static String text(String[] lines) {
        return String.join(" ", lines);
    }

    private static String format(String picocliText) {
        return String.format(java.util.Locale.ROOT, picocliText.replace("%n", "\n"));
    }

    private static String firstSentence(String text) {
        String formatted = format(text);
        int end = formatted.indexOf(". ");
        int colon = formatted.indexOf(": ");
        int cut = end < 0 ? colon : colon < 0 ? end : Math.min(end, colon);
        return cut < 0 ? formatted.replaceFirst("\\.$", "") : formatted.substring(0, cut);
    }

    /** Backslashes and hyphens as roff wants them; a line starting with . or ' must not read as a request. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : escaped.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
        }
        return out.toString();
    }
}
