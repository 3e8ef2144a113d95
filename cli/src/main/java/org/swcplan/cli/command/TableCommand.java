package org.swcplan.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.FormatOptions;
import org.swcplan.cli.OutputOptions;
import org.swcplan.cli.SwcCommand;
import org.swcplan.cli.UsageError;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.csv.DataErrors;
import org.swcplan.datasets.exchange.DataKind;
import org.swcplan.datasets.exchange.Kinds;
import org.swcplan.model.Dataset;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Result;
import org.swcplan.tables.TableKind;
import org.swcplan.tables.query.TableQueries;
import org.swcplan.tables.query.TableQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code swc table}: filters, group-bys and cross-tables over a kind of the dataset or a CSV file,
 * through the data frames of {@code org.swcplan.tables}. Only this command loads the table library.
 */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = {"Filter, group and cross-table a kind of the dataset or of the results (KIND), or a CSV file of "
                + "a kind (read as import reads it: UTF-8 or GBK, Chinese headers, counties by name).",
            "A rate's group or total is the rate of the summed areas (area-weighted), never a mean of rates; "
                + "totals are shown where they add up. Grammar and examples: docs/table.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  swc table monitoring --rows code --cols year --value swc_rate_pct",
            "  swc table treatment --where \"year>=2021\" --by code --sum investment_wan",
            "  swc table gap --where \"milestone=2030\" --sort p_reach --limit 5",
            "  swc table 2025.csv --kind monitoring --where \"code=夏县\""})
public final class TableCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    SwcCommand root;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "KIND|FILE", completionCandidates = TableKinds.class,
            description = "A kind: ${COMPLETION-CANDIDATES}; or a CSV file (- reads standard input).")
    String source;

    @Option(names = "--kind", paramLabel = "K", completionCandidates = KindOption.class,
            description = "The kind of FILE: ${COMPLETION-CANDIDATES} (default: by its name, e.g. monitoring.csv).")
    String kind;

    @Mixin
    ExchangeOptions exchange;

    @Mixin
    QueryOptions queryOptions;

    @Mixin
    OutputOptions output;

    @Mixin
    FormatOptions format;

    @Override
    public Integer call() throws Exception {
        TableQuery query = queryOptions.query();
        Optional<TableKind> named = TableKind.find(source);
        if (named.isPresent() && kind != null) {
            throw UsageMessages.error(spec, "kindIsForFile", source);
        }
        if (named.isEmpty() && !source.equals(InputFiles.STANDARD) && !Files.exists(Path.of(source))) {
            Optional<TableKind> nearest = TableKind.nearest(source);
            throw nearest.isPresent() ? UsageMessages.error(spec, "noSuchFileNorKindNearest", source, nearest.get().key())
                    : UsageMessages.error(spec, "noSuchFileNorKind", source, String.join(", ", TableKind.keys()));
        }
        DataKind<?> fileKind = named.isPresent() ? null : fileKind();
        DatasetReader.Loaded loaded = data.load(root.global());
        Result result = named.isPresent()
                ? UsageError.from(spec, () -> TableQueries.run(named.get(), loaded.dataset(), data.note(loaded), query))
                : file(fileKind, loaded.dataset(), query);
        output.emit(format, result);
        return ExitCode.OK.code();
    }

    /** The kind --kind names, else the kind whose file has the name of FILE. */
    private DataKind<?> fileKind() {
        if (kind != null) {
            return KindOption.resolve(spec, kind);
        }
        String name = Path.of(source).getFileName().toString();
        return Kinds.all().stream().filter(k -> k.fileName().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> UsageMessages.error(spec, "needsKind", source,
                        String.join(", ", Kinds.all().stream().map(DataKind::name).toList())));
    }

    private <T> Result file(DataKind<T> chosen, Dataset dataset, TableQuery query) throws Exception {
        String name = source.equals(InputFiles.STANDARD) ? "stdin" : source;
        DataErrors errors = new DataErrors();
        List<T> records = chosen.read(name, InputFiles.read(spec, Path.of(source)), exchange.charset(),
                KnownCounties.of(dataset.counties()), errors).values();
        errors.throwIfAny();
        boolean illustrative = records.stream().anyMatch(r -> chosen.cells(r).stream()
                .anyMatch(cell -> cell.contains(Dataset.ILLUSTRATIVE)));
        DataNote note = new DataNote(name, name, illustrative, dataset.cityCode().orElse(null));
        return UsageError.from(spec, () -> TableQueries.run(chosen, records, name, dataset, note, query));
    }
}
