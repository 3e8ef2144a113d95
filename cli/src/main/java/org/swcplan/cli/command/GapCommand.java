package org.swcplan.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.OutputOptions;
import org.swcplan.cli.SwcCommand;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.TreatmentGapRow;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.gap.GapOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swc gap}: every county and the city against every milestone, and the initial-treatment target. */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = {"The gap report: each county and the city against each milestone of the 水土保持率 "
                + "(target, forecast with 80 %% interval, probability of reaching it, required against observed "
                + "gain, the treatment and cost that closing it takes, status), and the initial-treatment "
                + "(治理度) target in its own section.",
            "--check exits 4 when any unit shows limited_progress or deterioration."})
public final class GapCommand implements Callable<Integer> {
    static final String ALL = "all";

    @Spec
    CommandSpec spec;

    @ParentCommand
    SwcCommand root;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Option(names = "--milestone", paramLabel = "Y", defaultValue = ALL,
            description = "A milestone year of the city's targets, or all (default).")
    String milestone;

    @Option(names = "--check", description = "Exit 4 if any unit is in limited_progress or deterioration.")
    boolean check;

    @Option(names = "--treatment", description = "With --format csv: the initial-treatment (治理度) rows instead.")
    boolean treatmentOnly;

    @Mixin
    ForecastMethodOption forecastMethod;

    @Mixin
    ProjectionOptions projection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json or md (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        ForecastMethod chosen = forecastMethod.resolve(spec);
        DatasetReader.Loaded loaded = data.load(root.global());
        Dataset dataset = loaded.dataset();
        List<Integer> milestones = chosenMilestones(dataset);
        List<GapRow> rows = UsageError.from(spec, () -> GapAnalysis.study(dataset, chosen, projection.seed(),
                projection.kSource(), milestones).rows());
        List<TreatmentGapRow> treatment = GapAnalysis.treatment(dataset);
        DataNote note = data.note(loaded);
        switch (format) {
            case CSV -> output.emit(out -> {
                if (treatmentOnly) {
                    GapOutput.treatmentCsv(treatment, out);
                } else {
                    GapOutput.csv(rows, out);
                }
            });
            case JSON -> output.emit(out -> GapOutput.json(rows, treatment, chosen.id(), note, out));
            case MD -> output.emit(out -> GapOutput.markdown(rows, treatment, chosen.id(), note, out));
            default -> output.emit(out -> GapOutput.table(rows, treatment, chosen.id(), note, out));
        }
        boolean offTrack = rows.stream().anyMatch(r -> r.status().offTrack())
                || treatment.stream().anyMatch(r -> r.status().offTrack() && milestones.contains(r.milestone()));
        if (check && offTrack && !root.global().quiet()) {
            spec.commandLine().getErr().println("check failed: "
                    + rows.stream().filter(r -> r.status().offTrack()).count() + " unit-milestones off track");
        }
        return check && offTrack ? ExitCode.CHECK_FAILED.code() : ExitCode.OK.code();
    }

    private List<Integer> chosenMilestones(Dataset dataset) {
        int last = UsageError.from(spec, () -> dataset.requireLatestCompleteYear());
        List<Integer> future = GapAnalysis.upcomingMilestones(dataset);
        if (future.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "targets.csv has no city 水土保持率 target after " + last);
        }
        if (milestone.equalsIgnoreCase(ALL)) {
            return future;
        }
        try {
            int year = Integer.parseInt(milestone);
            if (!future.contains(year)) {
                throw new ParameterException(spec.commandLine(), "--milestone " + milestone + ": choose one of "
                        + future + " or all");
            }
            return List.of(year);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--milestone must be a year or all, was " + milestone);
        }
    }
}
