package org.swcplan.cli.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.swcplan.cli.ExitCode;
import org.swcplan.datasets.AtomicFiles;
import org.swcplan.datasets.exchange.CanonicalCsv;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.datasets.exchange.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc template}: a file with the right headers and one example row, for statisticians to fill. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write an empty file of a kind with its headers (English or Chinese) and one example row; "
                + "with -o as UTF-8 with BOM for spreadsheet programs (or --encoding gbk).")
public final class TemplateCommand extends Subcommand {
    @Option(names = "--kind", paramLabel = "K", required = true,
            description = "${COMPLETION-CANDIDATES}", completionCandidates = KindOption.class)
    String kind;

    @Mixin
    SpreadsheetOptions spreadsheet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        DataKind<?> chosen = KindOption.resolve(spec, kind);
        Exporter.HeaderLanguage language = spreadsheet.headerLanguage();
        Exporter.Encoding chosenEncoding = spreadsheet.encoding();
        if (output != null) {
            AtomicFiles.write(output, CanonicalCsv.template(chosen, language, chosenEncoding));
        } else {
            byte[] text = CanonicalCsv.template(chosen, language, Exporter.Encoding.UTF_8);
            spec.commandLine().getOut().print(new String(text, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK.code();
    }
}
