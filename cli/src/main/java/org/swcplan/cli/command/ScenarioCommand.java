package org.swcplan.cli.command;

import org.swcplan.cli.UsageMessages;
import org.swcplan.model.outlook.RegionForecaster;
import java.nio.file.Path;
import java.util.List;
import org.swcplan.cli.ExitCode;
import org.swcplan.reports.result.Format;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.datasets.canonical.KnownCounties;
import org.swcplan.datasets.canonical.ScenarioPlanFile;
import org.swcplan.model.Checks;
import org.swcplan.model.Dataset;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.scenario.EffectivenessEstimate;
import org.swcplan.model.scenario.PlanTemplates;
import org.swcplan.model.scenario.PlannedTreatment;
import org.swcplan.model.scenario.ScenarioProjector;
import org.swcplan.model.scenario.ScenarioResult;
import org.swcplan.reports.scenario.ScenarioOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc scenario}: what a planned treatment programme does to erosion, rates, gaps and cost. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = {"Project erosion and 水土保持率 per county and for the city under a planned treatment "
                + "programme (CSV: code,year,measure,km2), with intervals, the milestone gaps and the total cost.",
            "Model: business as usual is the forecast (--method); the plan removes k × its treatment beyond each "
                + "county's BAU pace (mean of its last 3 years), accumulated, on every sample path, with k drawn per "
                + "path. County-years the plan does not list keep the BAU pace.",
            "--template writes a plan that keeps every county's recent pace; --calibration shows k estimated "
                + "from each county's history."})
public final class ScenarioCommand extends ResultCommand {
    @ArgGroup(multiplicity = "1")
    What what;

    /** Exactly one of: a plan to project, a template to write, the k calibration to show. */
    static final class What {
        @Option(names = "--plan", paramLabel = "FILE", description = "The planned treatment (code,year,measure,km2).")
        Path plan;

        @Option(names = "--template", description = "Write an example plan: every county at its recent pace.")
        boolean template;

        @Option(names = "--calibration", description = "Show k per county estimated from its history.")
        boolean calibration;
    }

    @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2035", description = "Last year (default: ${DEFAULT-VALUE}).")
    int toYear;

    @Mixin
    ForecastMethodOption forecastMethod;

    @Mixin
    ProjectionOptions projection;

    @Option(names = "--paths", paramLabel = "N", defaultValue = "2000", description = "Sample paths (default: ${DEFAULT-VALUE}).")
    int paths;

    @Override
    public Integer call() throws Exception {
        OptionBounds.require(spec, "--paths", paths, RegionForecaster.Settings.MIN_PATHS,
                RegionForecaster.Settings.MAX_PATHS);
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        int last = UsageError.from(spec, () -> dataset.requireLatestCompleteYear());
        if (toYear <= last || toYear > Checks.Years.MAX) {
            throw UsageMessages.error(spec, "within", "--to", String.valueOf(last + 1), String.valueOf(Checks.Years.MAX));
        }
        if (what.template) {
            List<PlannedTreatment> plan = PlanTemplates.recentPace(dataset, last + 1, toYear);
            emit(ScenarioOutput.plan(plan, data.note(loaded)), Format.CSV); // a template is a file to edit
            return ExitCode.OK.code();
        }
        if (what.calibration) {
            List<EffectivenessEstimate> estimates = dataset.counties().stream()
                    .map(c -> EffectivenessEstimate.of(dataset, c.code())).toList();
            emit(ScenarioOutput.calibration(estimates, data.note(loaded)));
            return ExitCode.OK.code();
        }
        List<PlannedTreatment> plan = ScenarioPlanFile.read(what.plan.toString(), InputFiles.read(spec, what.plan),
                KnownCounties.of(dataset.counties()));
        Projection bau = projection.project(spec, dataset, forecastMethod.resolve(spec), toYear, paths);
        ScenarioResult result = UsageError.from(spec, () -> ScenarioProjector.project(dataset, bau, plan));
        emit(ScenarioOutput.result(result, data.note(loaded)));
        return ExitCode.OK.code();
    }

}
