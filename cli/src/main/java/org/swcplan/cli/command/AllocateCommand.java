package org.swcplan.cli.command;

import java.util.concurrent.Callable;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.OutputOptions;
import org.swcplan.cli.SwcCommand;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.allocation.AllocationMethod;
import org.swcplan.model.allocation.Allocator;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.allocation.AllocationOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swc allocate}: county targets and the treatment programme that meet a city target. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = {"Split the erosion reduction a city target requires among the counties: county targets, "
                + "treatment per year and cost.",
            "uniform: the same gain in points everywhere; proportional: in proportion to erosion; least-cost: the "
                + "cheapest programme within each county's capacity (a linear programme). A target the capacities "
                + "cannot meet gets the best reachable rate, the shortfall and the binding capacities."})
public final class AllocateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    SwcCommand root;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Option(names = "--milestone", paramLabel = "Y", required = true, description = "The milestone year.")
    int milestone;

    @Option(names = "--target", paramLabel = "PCT",
            description = "City rate to reach (default: the city's target for the milestone in targets.csv).")
    Double target;

    @Option(names = "--method", paramLabel = "M", defaultValue = "least-cost",
            description = "uniform, proportional or least-cost (default: ${DEFAULT-VALUE}).")
    String method;

    @Mixin
    ProjectionOptions projection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json or md (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        AllocationMethod chosen;
        try {
            chosen = AllocationMethod.fromKey(method);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--method must be uniform, proportional or least-cost");
        }
        DatasetReader.Loaded loaded = data.load(root.global());
        Dataset dataset = loaded.dataset();
        double cityTarget = target != null ? target : dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT).stream()
                .filter(t -> t.year() == milestone).mapToDouble(Target::value).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "no city target for " + milestone + " in targets.csv; give one with --target"));
        if (!(cityTarget >= 0 && cityTarget < 100)) {
            throw new ParameterException(spec.commandLine(), "--target must be within 0–100 %, was " + cityTarget);
        }
        int last = UsageError.from(spec, () -> dataset.requireLatestCompleteYear());
        if (milestone <= last) {
            throw new ParameterException(spec.commandLine(), "--milestone must lie after the last observed year " + last);
        }
        Projection bau = projection.project(spec, dataset, ForecastMethods.auto(), milestone,
                RegionForecaster.Settings.DEFAULT_PATHS);
        Allocation allocation = UsageError.from(spec, () -> Allocator.allocate(dataset, bau, milestone, cityTarget,
                chosen));
        DataNote note = data.note(loaded);
        switch (format) {
            case CSV -> output.emit(out -> AllocationOutput.csv(allocation, out));
            case JSON -> output.emit(out -> AllocationOutput.json(allocation, note, out));
            case MD -> output.emit(out -> AllocationOutput.markdown(allocation, note, out));
            default -> output.emit(out -> AllocationOutput.table(allocation, note, out));
        }
        if (!allocation.feasible() && format != Format.TABLE && !root.global().quiet()) {
            spec.commandLine().getErr().println("note: " + AllocationOutput.verdict(allocation));
        }
        return ExitCode.OK.code();
    }
}
