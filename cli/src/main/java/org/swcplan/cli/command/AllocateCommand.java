package org.swcplan.cli.command;

import org.swcplan.cli.UsageMessages;
import org.swcplan.model.Checks;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.swcplan.cli.ExitCode;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.RenderOptions;
import org.swcplan.reports.result.Renderers;
import org.swcplan.reports.scenario.ScenarioOutput;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.AtomicFiles;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.allocation.AllocationMethod;
import org.swcplan.model.allocation.AllocationPlan;
import org.swcplan.model.allocation.AllocationRequest;
import org.swcplan.model.allocation.Allocator;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.region.Scope;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.allocation.AllocationOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc allocate}: the treatment programme beyond business as usual that meets a city target. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = {"Allocate treatment beyond business as usual among the counties so that the city reaches its "
                + "target for a milestone with the chosen confidence, on the projection's sample paths (k drawn per "
                + "path): county rates, treatment per year (BAU, extra, total) and cost.",
            "Every method keeps each county within its annual capacity and its rate ceiling (params.csv "
                + "max_rate_pct, default 95 %%), treats at least its remaining 治理度 stock / years left until the "
                + "治理度 deadline, and with --honour-county-targets brings its median to its own target.",
            "uniform: the same gain in points; proportional: in proportion to BAU erosion; least-cost: the cheapest "
                + "(a linear programme); equitable: max–min of the share of its own gap each county closes, then "
                + "least cost. A request the limits cannot meet gets the best reachable rate and what binds."})
public final class AllocateCommand extends ResultCommand {
    @Option(names = "--milestone", paramLabel = "Y", required = true, description = "The milestone year.")
    int milestone;

    @Option(names = "--target", paramLabel = "PCT",
            description = "City rate to reach (default: the city's target for the milestone in targets.csv).")
    Double target;

    @Option(names = "--method", paramLabel = "M", defaultValue = "least-cost", converter = Methods.class, completionCandidates = Methods.class,
            description = "uniform, proportional, least-cost or equitable (default: ${DEFAULT-VALUE}).")
    AllocationMethod method;

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.5",
            description = "Least probability that the city reaches the target, 0.5–0.99 (default: ${DEFAULT-VALUE},"
                    + " the median).")
    double confidence;

    @Option(names = "--honour-county-targets",
            description = "Each county's median must reach its own target in targets.csv (a floor).")
    boolean honourCountyTargets;

    @Option(names = "--plan-out", paramLabel = "FILE",
            description = "Also write the programme as a plan for swc scenario --plan (code,year,measure,km2).")
    Path planOut;

    @Mixin
    ProjectionOptions projection;

    @Override
    public Integer call() throws Exception {
        if (!(confidence >= AllocationRequest.MEDIAN && confidence <= AllocationRequest.MAX_CONFIDENCE)) {
            throw UsageMessages.error(spec, "bounds", "--confidence", String.valueOf(AllocationRequest.MEDIAN),
                    String.valueOf(AllocationRequest.MAX_CONFIDENCE), String.valueOf(confidence));
        }
        OptionBounds.require(spec, "--milestone", milestone, Checks.Years.MIN, Checks.Years.MAX);
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        double cityTarget = target != null ? target : dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT).stream()
                .filter(t -> t.year() == milestone).mapToDouble(Target::value).findFirst()
                .orElseThrow(() -> UsageMessages.error(spec, "noCityTargetFor", String.valueOf(milestone)));
        if (!(cityTarget >= 0 && cityTarget < 100)) {
            throw UsageMessages.error(spec, "target", String.valueOf(cityTarget));
        }
        int last = UsageError.from(spec, () -> dataset.requireLatestCompleteYear());
        if (milestone <= last) {
            throw UsageMessages.error(spec, "milestoneAfter", String.valueOf(last));
        }
        Projection bau = projection.project(spec, dataset, ForecastMethods.auto(), milestone,
                RegionForecaster.Settings.DEFAULT_PATHS);
        AllocationRequest request = new AllocationRequest(milestone, cityTarget, method, confidence, honourCountyTargets);
        Allocation allocation = UsageError.from(spec, () -> Allocator.allocate(dataset, bau, request));
        DataNote note = data.note(loaded);
        emit(AllocationOutput.result(allocation, note));
        if (planOut != null) {
            StringWriter plan = new StringWriter();
            Renderers.render(ScenarioOutput.plan(AllocationPlan.of(allocation, bau), note), Format.CSV,
                    RenderOptions.plain(), plan);
            AtomicFiles.write(planOut, plan.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (!allocation.feasible() && format.format() != Format.TABLE) {
            tell("note: " + AllocationOutput.verdict(allocation));
        }
        return ExitCode.OK.code();
    }

    /** uniform, proportional, least-cost and equitable. */
    static final class Methods extends KeyChoices<AllocationMethod> {
        Methods() {
            super(AllocationMethod.class, Methods::method);
        }

        private static AllocationMethod method(String text) {
            try {
                return AllocationMethod.fromKey(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--method must be uniform, proportional, least-cost or equitable");
            }
        }
    }
}
