package org.swcplan.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageMessages;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.Result;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.reports.gap.GapOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc gap}: every county and the city against every milestone, and the initial-treatment target. */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = {"The gap report: each county and the city against each milestone of the 水土保持率. A "
                + "milestone the monitoring holds is assessed (observed rate against target: met or missed); one "
                + "ahead is forecast (target, forecast with 80 %% interval, probability of reaching it, the status "
                + "that follows from it, required against observed gain as evidence, and the treatment a year each "
                + "unit needs, reconciled over the rate and 治理度 targets, with its cost). The initial-treatment "
                + "(治理度) target in its own section.",
            "Status: achieved (at the target and P(reach) ≥ --achieved-p), on_track (P ≥ --on-track-p), "
                + "acceleration_needed (P ≥ --acceleration-p), else limited_progress, or deterioration where the "
                + "median falls below the last rate.",
            "--check exits 4 when any unit shows limited_progress, deterioration or a missed milestone."})
public final class GapCommand extends ResultCommand {
    static final String ALL = "all";

    @Option(names = "--milestone", paramLabel = "Y", defaultValue = ALL,
            description = "A milestone year of the city's targets (passed ones are assessed), or all (default).")
    String milestone;

    @Option(names = "--check",
            description = "Exit 4 if any unit is in limited_progress or deterioration, or missed a passed milestone.")
    boolean check;

    @Option(names = "--treatment", description = "The initial-treatment (治理度) rows as the main rows (for --format csv).")
    boolean treatmentOnly;

    @Mixin
    ForecastMethodOption forecastMethod;

    @Mixin
    ProjectionOptions projection;

    @Mixin
    VerdictOptions verdicts;

    @Override
    public Integer call() throws Exception {
        ForecastMethod chosen = forecastMethod.resolve(spec);
        VerdictThresholds thresholds = verdicts.thresholds(spec);
        DatasetReader.Loaded loaded = load();
        Dataset dataset = loaded.dataset();
        List<Integer> milestones = chosenMilestones(dataset);
        List<GapRow> rows = UsageError.from(spec, () -> GapAnalysis.study(dataset, chosen, projection.seed(),
                projection.kSource(), milestones, thresholds).rows());
        List<TreatmentGapRow> treatment = GapAnalysis.treatment(dataset);
        Result result = GapOutput.result(rows, treatment, chosen.id(), thresholds, data.note(loaded));
        emit(treatmentOnly ? result.withMain("treatment_degree") : result);
        List<String> offTrack = new ArrayList<>();
        rows.stream().filter(r -> r.status().offTrack())
                .forEach(r -> offTrack.add(r.nameZh() + " " + r.milestone() + " " + format.headers().text("status."
                        + r.status().key())));
        treatment.stream().filter(r -> r.status().offTrack() && milestones.contains(r.milestone()))
                .forEach(r -> offTrack.add(r.nameZh() + " " + r.milestone() + " " + (format.headers() == Language.ZH
                        ? "治理度 " : "treatment degree ") + format.headers().text("status." + r.status().key())));
        if (check && !offTrack.isEmpty()) {
            tell(format.headers() == Language.ZH
                    ? "检查未通过：" + offTrack.size() + "项进展滞后、出现下滑或未完成：" + String.join("、", offTrack)
                    : "check failed: " + offTrack.size() + " off track: " + String.join(", ", offTrack));
        }
        return check && !offTrack.isEmpty() ? ExitCode.CHECK_FAILED.code() : ExitCode.OK.code();
    }

    private List<Integer> chosenMilestones(Dataset dataset) {
        int last = UsageError.from(spec, () -> dataset.requireLatestCompleteYear());
        List<Integer> reported = GapAnalysis.reportedMilestones(dataset);
        if (reported.isEmpty()) {
            throw UsageMessages.error(spec, "noCityTarget", String.valueOf(last));
        }
        if (milestone.equalsIgnoreCase(ALL)) {
            return reported;
        }
        try {
            int year = Integer.parseInt(milestone);
            if (!reported.contains(year)) {
                throw UsageMessages.error(spec, "milestoneChoice", milestone, reported.toString());
            }
            return List.of(year);
        } catch (NumberFormatException e) {
            throw UsageMessages.error(spec, "milestoneYearOrAll", milestone);
        }
    }
}
