package org.swcplan.cli.command;

import org.swcplan.cli.ExitCode;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.plan.Commitments;
import org.swcplan.reports.plan.PlanOutput;
import picocli.CommandLine.Command;

/** {@code swc indicators}: the plan's quantitative commitments with progress, remainder and pace needed. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "The plan's quantitative commitments (indicators.csv, and the city's rate and initial-treatment "
                + "targets measured from the data): target, counting period, progress (from the named items or the "
                + "treatment ledger where the data has them), remaining, and the pace needed per year; then the "
                + "indicators' named items.")
public final class IndicatorsCommand extends ResultCommand {
    @Override
    public Integer call() throws Exception {
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        emit(PlanOutput.commitments(Commitments.of(dataset), dataset, data.note(loaded)));
        return ExitCode.OK.code();
    }
}
