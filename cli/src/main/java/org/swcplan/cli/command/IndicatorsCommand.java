package org.swcplan.cli.command;

import java.util.concurrent.Callable;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.FormatOptions;
import org.swcplan.cli.OutputOptions;
import org.swcplan.cli.SwcCommand;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.plan.Commitments;
import org.swcplan.reports.plan.PlanOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    FormatOptions format;

    @Override
    public Integer call() throws Exception {
        DatasetReader.Loaded loaded = data.load(root.global());
        var rows = Commitments.of(loaded.dataset());
        output.emit(format, PlanOutput.commitments(rows, data.note(loaded)));
        return ExitCode.OK.code();
    }
}
