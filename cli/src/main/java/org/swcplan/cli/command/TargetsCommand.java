package org.swcplan.cli.command;

import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.projection.Projection;
import org.swcplan.model.targets.CountyTargetRule;
import org.swcplan.model.targets.TargetPlan;
import org.swcplan.model.targets.YearlyTargets;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.targets.TargetsOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc targets}: yearly responsibility targets of every county and the city. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = {"Yearly responsibility targets (for a 目标责任书), every county and the city, from the year after "
                + "the last observation to the last milestone: the 水土保持率 on the path that meets each milestone in "
                + "turn (linear between milestones, so a faster pace after one shows), its yearly gain, the new "
                + "treatment that path takes through the projection model beside the business-as-usual pace, and the "
                + "治理度 on its way to the city's 治理度 target; the city is the sum of the county areas.",
            "County milestone targets: a county's own in targets.csv where given, the others derived so that the "
                + "area-weighted city rate meets the city target (each removes the same share of its erosion, within "
                + "its last rate and its rate ceiling, max_rate_pct in params.csv); every row says which. Derived "
                + "targets are not official."})
public final class TargetsCommand extends ResultCommand {
    @Option(names = "--county-targets", paramLabel = "FROM", defaultValue = "targets.csv",
            converter = Rules.class, completionCandidates = Rules.class,
            description = "targets.csv (default: a county's own target where given, the rest derived) or derived "
                    + "(every county derived, county rows of targets.csv left aside).")
    CountyTargetRule rule;

    @Mixin
    ForecastMethodOption forecastMethod;

    @Mixin
    ProjectionOptions projection;

    @Override
    public Integer call() throws Exception {
        ForecastMethod chosen = forecastMethod.resolve(spec);
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        int end = UsageError.from(spec, () -> YearlyTargets.lastMilestone(dataset));
        Projection bau = projection.project(spec, dataset, chosen, end, RegionForecaster.Settings.DEFAULT_PATHS);
        TargetPlan plan = UsageError.from(spec, () -> YearlyTargets.plan(dataset, bau, rule));
        DataNote note = data.note(loaded);
        // people read county × year tables; csv, json and schema carry one row per county and year
        boolean forPeople = format.format() == Format.TABLE || format.format() == Format.MD;
        emit(forPeople ? TargetsOutput.reading(plan, note, chosen.id(), projection.seed(), false)
                : TargetsOutput.result(plan, note, chosen.id(), projection.seed()));
        return ExitCode.OK.code();
    }

    /** {@code targets.csv} and {@code derived}. */
    static final class Rules extends KeyChoices<CountyTargetRule> {
        Rules() {
            super(CountyTargetRule.class, CountyTargetRule::fromKey);
        }
    }
}
