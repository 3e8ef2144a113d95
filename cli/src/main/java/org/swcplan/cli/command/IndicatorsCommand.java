package org.swcplan.cli.command;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.OutputOptions;
import org.swcplan.cli.SwcCommand;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.plan.Commitments;
import org.swcplan.reports.plan.PlanOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swc indicators}: the plan's quantitative commitments with progress, remainder and pace needed. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "The plan's quantitative commitments (indicators.csv, and the city's rate and initial-treatment "
                + "targets measured from the data): target, deadline, progress, remaining, and the pace needed per year.")
public final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    SwcCommand root;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json or md (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        DatasetReader.Loaded loaded = data.load(root.global());
        var rows = Commitments.of(loaded.dataset());
        output.emit(out -> PlanOutput.commitments(rows, format.name().toLowerCase(Locale.ROOT), data.note(loaded), out));
        return ExitCode.OK.code();
    }
}
