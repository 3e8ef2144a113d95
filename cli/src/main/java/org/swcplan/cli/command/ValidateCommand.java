package org.swcplan.cli.command;

import java.nio.file.Path;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageMessages;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Text;
import org.swcplan.reports.validation.ValidationOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.OptionalInt;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DataSource;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.exchange.DataKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swc validate}: checks every file of a dataset. Problems are reported all together by the
 * error handler (exit 3); a valid dataset gets a one-line summary per file on stdout.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every file of the dataset: types, ranges, duplicate keys, unknown county codes, "
                + "cumulative treatment. Prints every problem as file:line:column and exits 3 if there is any.",
            "With FILE --kind K: check one file a statistician sent (any encoding, Chinese headers, county names) "
                + "against the dataset's counties."})
public final class ValidateCommand extends ResultCommand {
    @Mixin
    ExchangeOptions exchange;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "One file to check instead of the dataset.")
    Path file;

    @Option(names = "--kind", paramLabel = "K", description = "The kind of FILE: ${COMPLETION-CANDIDATES}.",
            completionCandidates = KindOption.class)
    String kind;

    @Override
    public Integer call() throws Exception {
        if (file != null) {
            return validateFile();
        }
        if (kind != null) {
            throw UsageMessages.error(spec, "kindNeedsFile");
        }
        DataSource source = data.source();
        DatasetReader.Loaded loaded = data.loadWithOutlines(root.global());
        List<ValidationOutput.FileRow> files = new ArrayList<>();
        for (String file : BundledDataset.FILES) {
            Integer rows = loaded.rowsByFile().get(file);
            files.add(new ValidationOutput.FileRow(file, file.substring(0, file.lastIndexOf('.')),
                    rows == null ? OptionalInt.empty() : OptionalInt.of(rows)));
        }
        List<ValidationOutput.Warning> warnings = Stream.concat(loaded.warnings().stream(),
                loaded.crossChecks().stream()).map(w -> new ValidationOutput.Warning(w.file(), w.line(), w.column(),
                w.header(), w.message())).toList();
        emit(ValidationOutput.result(Text.of(source.describe(), source.describeZh()), files, warnings,
                data.note(loaded)));
        return ExitCode.OK.code();
    }

    private int validateFile() throws Exception {
        if (kind == null) {
            throw UsageMessages.error(spec, "fileNeedsKind");
        }
        DataKind<?> chosen = KindOption.resolve(spec, kind);
        byte[] bytes = InputFiles.read(spec, file);
        DatasetReader.Loaded loaded = data.loadWithOutlines(root.global());
        DataErrors errors = new DataErrors();
        int rows = chosen.read(file.toString(), bytes, exchange.charset(), KnownCounties.of(loaded.dataset().counties()).withSubunits(loaded.dataset().subunits()),
                errors).records().size();
        errors.throwIfAny();
        emit(ValidationOutput.result(Text.of(file.toString(), file.toString()), List.of(new ValidationOutput.FileRow(file.toString(),
                chosen.name(), OptionalInt.of(rows))), List.of(), new DataNote(file.toString(), false)));
        return ExitCode.OK.code();
    }
}
