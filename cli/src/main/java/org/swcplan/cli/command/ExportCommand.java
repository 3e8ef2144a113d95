package org.swcplan.cli.command;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.UsageError;
import org.swcplan.cli.UsageMessages;
import org.swcplan.datasets.AtomicFiles;
import org.swcplan.datasets.exchange.CanonicalCsv;
import org.swcplan.datasets.exchange.Exporter;
import org.swcplan.datasets.exchange.Kinds;
import org.swcplan.model.Dataset;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.allocation.AllocationMethod;
import org.swcplan.model.allocation.Allocator;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionForecaster;
import org.swcplan.model.plan.Target;
import org.swcplan.model.plan.TargetIndicator;
import org.swcplan.model.region.Scope;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.reports.allocation.AllocationOutput;
import org.swcplan.reports.forecast.ForecastOutput;
import org.swcplan.reports.forecast.ForecastRow;
import org.swcplan.reports.gap.GapOutput;
import org.swcplan.reports.status.StatusResult;
import org.swcplan.reports.DataNote;
import org.swcplan.reports.result.Format;
import org.swcplan.reports.result.RenderOptions;
import org.swcplan.reports.result.Renderers;
import org.swcplan.reports.result.Result;
import org.swcplan.datasets.DatasetReader;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc export}: CSV for statisticians' spreadsheets. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write CSV for spreadsheet programs: UTF-8 with BOM (default), UTF-8 or GBK; English or Chinese "
                + "headers; text that a spreadsheet would run as a formula neutralised with a leading apostrophe.")
public final class ExportCommand extends Subcommand {
    /** What can be exported. */
    enum What {
        STATUS, MONITORING, TREATMENT, INDICATORS, INDICATOR_ITEMS, TASKS, TASK_PROGRESS, SUPERVISION, SUBUNITS, FORECAST,
        GAP, ALLOCATION
    }

    @Mixin
    DataOptions data;

    @Option(names = "--kind", paramLabel = "K", required = true,
            description = "status, monitoring, treatment, indicators, indicator_items, tasks, task_progress, supervision, "
                    + "subunits, forecast, gap or allocation.")
    What what;

    @Mixin
    SpreadsheetOptions spreadsheet;

    @Option(names = "--milestone", paramLabel = "Y", description = "For allocation: the milestone (default: 2030 or the first).")
    Integer milestone;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    @Mixin
    VerdictOptions verdicts;

    @Override
    public Integer call() throws Exception {
        VerdictThresholds thresholds = verdicts.thresholds(spec);
        DatasetReader.Loaded loaded = data.load(root.global());
        String csv = UsageError.from(spec, () -> csv(loaded.dataset(), data.note(loaded), thresholds));
        AtomicFiles.write(output, Exporter.encode(csv, spreadsheet.encoding(), output.toString()));
        return ExitCode.OK.code();
    }

    private String csv(Dataset dataset, DataNote note, VerdictThresholds thresholds) throws Exception {
        Exporter.HeaderLanguage language = spreadsheet.headerLanguage();
        return switch (what) {
            case STATUS -> spreadsheet(StatusResult.of(StandingAnalysis.of(dataset, dataset.requireLatestCompleteYear()),
                    note));
            case MONITORING -> CanonicalCsv.exported(Kinds.MONITORING, dataset.monitoring(), language);
            case TREATMENT -> CanonicalCsv.exported(Kinds.TREATMENT, dataset.treatment(), language);
            case INDICATORS -> CanonicalCsv.exported(Kinds.INDICATORS, dataset.indicators(), language);
            case TASKS -> CanonicalCsv.exported(Kinds.TASKS, dataset.tasks(), language);
            case TASK_PROGRESS -> CanonicalCsv.exported(Kinds.TASK_PROGRESS, dataset.progress(), language);
            case SUPERVISION -> CanonicalCsv.exported(Kinds.SUPERVISION, dataset.supervision(), language);
            case INDICATOR_ITEMS -> CanonicalCsv.exported(Kinds.ITEMS, dataset.items(), language);
            case SUBUNITS -> CanonicalCsv.exported(Kinds.SUBUNITS, dataset.subunits(), language);
            case FORECAST -> {
                GapAnalysis.Study study = study(dataset, thresholds);
                yield spreadsheet(ForecastOutput.result(study.outlook(), ForecastRow.of(study.outlook(), dataset,
                        s -> true, false), note));
            }
            case GAP -> {
                GapAnalysis.Study study = study(dataset, thresholds);
                yield spreadsheet(GapOutput.result(study.rows(), GapAnalysis.treatment(dataset), study.outlook().method(),
                        thresholds, note));
            }
            default -> allocation(dataset, note, thresholds);
        };
    }

    /** A result's rows for a spreadsheet program: the chosen header language, CRLF. */
    private String spreadsheet(Result result) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.render(result, Format.CSV, spreadsheet.renderOptions(), out);
        return out.toString();
    }

    private String allocation(Dataset dataset, DataNote note, VerdictThresholds thresholds) throws IOException {
        List<Target> targets = dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT);
        Target target = targets.stream().filter(t -> milestone == null ? t.year() == 2030 : t.year() == milestone)
                .findFirst().or(() -> milestone == null ? targets.stream().findFirst() : Optional.empty())
                .orElseThrow(() -> UsageMessages.error(spec, "noCityTargetMilestone", String.valueOf(milestone)));
        return spreadsheet(AllocationOutput.result(Allocator.allocate(dataset, study(dataset, thresholds).projection(),
                target.year(), target.value(), AllocationMethod.LEAST_COST), note));
    }

    /** Every milestone the gap report covers: passed ones assessed, the others forecast. */
    private static GapAnalysis.Study study(Dataset dataset, VerdictThresholds thresholds) {
        return GapAnalysis.study(dataset, ForecastMethods.auto(), RegionForecaster.Settings.DEFAULT_SEED,
                KSource.CALIBRATED, GapAnalysis.reportedMilestones(dataset), thresholds);
    }
}
