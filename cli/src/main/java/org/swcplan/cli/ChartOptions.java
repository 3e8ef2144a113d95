package org.swcplan.cli;

import java.util.Optional;
import org.swcplan.reports.Language;
import org.swcplan.reports.chart.ChartFont;
import org.swcplan.reports.chart.ChartStyle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --font}: chart font choice, and the style it gives; warns once when Chinese cannot be drawn. */
public final class ChartOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--font", paramLabel = "NAME",
            description = "Font family for charts (default: the first installed one that can display Chinese).")
    String font;

    /** The language asked for with --lang or $SWC_LANG. */
    public Language language(GlobalOptions global) {
        return UsageError.from(spec, "--lang: ", () -> Language.fromKey(global.lang()));
    }

    /** The style for the asked language; a warning on stderr (unless quiet) if it falls back to English. */
    public ChartStyle style(GlobalOptions global) {
        Language language = language(global);
        ChartFont chosen = ChartFont.choose(language, Optional.ofNullable(font));
        if (chosen.warning().isPresent() && !global.quiet()) {
            spec.commandLine().getErr().println("warning: " + chosen.warning().get());
            spec.commandLine().getErr().flush();
        }
        return new ChartStyle(chosen);
    }
}
