package org.swcplan.cli.command;

import org.swcplan.cli.ExitCode;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.plan.Commitments;
import org.swcplan.reports.plan.PlanOutput;
import picocli.CommandLine.Command;

/** {@code swc indicators}: the plan's quantitative commitments with progress, remainder and pace needed. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "The plan's quantitative commitments (indicators.csv, and the city's rate and initial-treatment "
                + "targets measured from the data): target, deadline, progress, remaining, and the pace needed per year.")
public final class IndicatorsCommand extends ResultCommand {
    @Override
    public Integer call() throws Exception {
        DatasetReader.Loaded loaded = load();
        var rows = Commitments.of(loaded.dataset());
        emit(PlanOutput.commitments(rows, data.note(loaded)));
        return ExitCode.OK.code();
    }
}
