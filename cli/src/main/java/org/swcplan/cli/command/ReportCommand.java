package org.swcplan.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.swcplan.cli.ChartOptions;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.StagedDirectory;
import org.swcplan.cli.UsageError;
import org.swcplan.cli.UsageMessages;
import org.swcplan.cli.VersionProvider;
import org.swcplan.datasets.BundledDataset;
import org.swcplan.datasets.DataSource;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.model.Dataset;
import org.swcplan.model.projection.KSource;
import org.swcplan.model.allocation.Allocation;
import org.swcplan.model.allocation.AllocationMethod;
import org.swcplan.model.allocation.Allocator;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.gap.GapAnalysis;
import org.swcplan.model.gap.GapRow;
import org.swcplan.model.gap.VerdictThresholds;
import org.swcplan.model.outlook.RegionOutlook;
import org.swcplan.model.plan.Commitments;
import org.swcplan.model.quality.DataQuality;
import org.swcplan.model.quality.QualityNote;
import org.swcplan.reports.Language;
import org.swcplan.model.standing.StandingAnalysis;
import org.swcplan.model.targets.CountyTargetRule;
import org.swcplan.model.targets.YearlyTargets;
import org.swcplan.reports.chart.ChartStyle;
import org.swcplan.reports.chart.Charts;
import org.swcplan.reports.report.AnnualReport;
import org.swcplan.reports.report.Manifest;
import org.swcplan.reports.report.ReportInputs;
import org.swcplan.reports.report.TableFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code swc report}: the complete annual report, written all at once into a folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the complete annual report into DIR: index.html (self-contained, charts inline), "
                + "report.md, tables/*.csv, charts/*.png and *.svg, and manifest.json (version, arguments, seed, "
                + "SHA-256 of every input and output). Same inputs, same bytes.",
            "The folder appears only when the report is complete; an existing DIR is replaced only with --force."})
public final class ReportCommand extends Subcommand {
    @Mixin
    DataOptions data;

    @Mixin
    ChartOptions chartOptions;

    @Option(names = "--year", paramLabel = "Y", description = "Report year (default: the latest with data for every county).")
    Integer year;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Option(names = "--docx", description = "Also write report.docx, the Word edition (headings, tables with "
            + "repeating header rows, charts as pictures, page numbers, A4).")
    boolean docx;

    @Mixin
    SeedOption seedOption;

    @Mixin
    SpreadsheetOptions spreadsheet;

    @Mixin
    VerdictOptions verdicts;

    @Override
    public Integer call() throws Exception {
        try {
            StagedDirectory.requireSafeTarget(out, data.given());
        } catch (StagedDirectory.Refused e) {
            throw refused(e);
        }
        requireReplaceable();
        ChartStyle style = chartOptions.style(root.global());
        DatasetReader.Loaded loaded = data.loadWithOutlines(root.global());
        int reportYear = UsageError.from(spec, () -> year != null ? year : loaded.dataset().requireLatestCompleteYear());
        if (!loaded.dataset().isComplete(reportYear)) {
            throw UsageMessages.error(spec, "yearIncomplete", String.valueOf(reportYear));
        }
        Dataset dataset = loaded.dataset().upTo(reportYear);
        VerdictThresholds thresholds = verdicts.thresholds(spec);
        ReportInputs inputs = UsageError.from(spec, () -> inputs(loaded, dataset, reportYear, style, thresholds));
        Charts.countyMapFallback(dataset).ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
        SortedMap<String, byte[]> files = AnnualReport.render(inputs);
        try {
            StagedDirectory.write(out, files, force, ReportFolder::refusal);
        } catch (StagedDirectory.Refused e) {
            throw refused(e);
        }
        tell(UsageMessages.note(spec, "wrote", String.valueOf(files.size()), out));
        return ExitCode.OK.code();
    }

    /** A folder not replaced, told in the help's language. */
    private ParameterException refused(StagedDirectory.Refused e) {
        List<Object> args = new ArrayList<>();
        args.add(out);
        args.addAll(e.refusal().args());
        return UsageMessages.error(spec, e.refusal().key(), args.toArray());
    }

    /** Refuses, before any work, a folder that is not a report this tool wrote. */
    private void requireReplaceable() throws IOException {
        try {
            StagedDirectory.requireReplaceable(out, force, ReportFolder::refusal);
        } catch (StagedDirectory.Refused e) {
            throw refused(e);
        }
    }

    private ReportInputs inputs(DatasetReader.Loaded loaded, Dataset dataset, int reportYear, ChartStyle style,
                                VerdictThresholds thresholds) throws Exception {
        GapAnalysis.Study study = GapAnalysis.study(dataset, ForecastMethods.auto(), seedOption.seed(), KSource.CALIBRATED,
                GapAnalysis.reportedMilestones(dataset), thresholds);
        RegionOutlook outlook = study.outlook();
        List<GapRow> gaps = study.rows();
        List<Allocation> allocations = new ArrayList<>();
        for (GapRow city : gaps.stream().filter(g -> g.unit().id().equals("CITY") && !g.assessed()).toList()) {
            allocations.add(Allocator.allocate(dataset, study.projection(), city.milestone(), city.targetPct(),
                    AllocationMethod.LEAST_COST));
        }
        Language language = chartOptions.language(root.global());
        // the report states what is illustrative in full at its head: the note is not repeated among the findings
        List<String> quality = new ArrayList<>(DataQuality.facts(dataset).stream()
                .filter(n -> n.kind() != QualityNote.Kind.ILLUSTRATIVE)
                .map(n -> language == Language.ZH ? language.text(n.kind().key(), n.arguments().toArray())
                        : n.english()).toList());
        loaded.warnings().forEach(w -> quality.add(w.format()));
        return new ReportInputs(reportYear, chartOptions.language(root.global()), dataset, data.note(loaded), style, StandingAnalysis.of(dataset, reportYear),
                outlook, gaps, GapAnalysis.treatment(dataset), allocations, Commitments.of(dataset), quality,
                inputHashes(data.source()), VersionProvider.version(), shapingArguments(reportYear, style, thresholds),
                thresholds, GapAnalysis.upcomingMilestones(dataset).isEmpty() ? null
                        : YearlyTargets.plan(dataset, study.projection(), CountyTargetRule.TARGETS_CSV), docx,
                new TableFiles(spreadsheet.renderOptions(), spreadsheet::bytes));
    }

    /**
     * The arguments that shape the report's content, in a fixed order. Where it is written and how
     * chatty the run was do not change a byte of it, so two runs into different folders agree.
     */
    private List<String> shapingArguments(int reportYear, ChartStyle style, VerdictThresholds thresholds) {
        List<String> arguments = new ArrayList<>(List.of("report", "--year", Integer.toString(reportYear),
                "--lang", chartOptions.language(root.global()).name().toLowerCase(Locale.ROOT), "--seed",
                Long.toString(seedOption.seed())));
        if (docx) {
            arguments.add("--docx");
        }
        arguments.addAll(List.of("--encoding", spreadsheet.encoding().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "--headers", spreadsheet.headers().name().toLowerCase(Locale.ROOT)));
        if (!thresholds.equals(VerdictThresholds.DEFAULT)) {
            arguments.addAll(List.of("--achieved-p", Double.toString(thresholds.achievedP()), "--on-track-p",
                    Double.toString(thresholds.onTrackP()), "--acceleration-p", Double.toString(thresholds.accelerationP())));
        }
        if (data.given() != null) {
            arguments.addAll(List.of("--data", data.given().toString()));
        }
        return arguments;
    }

    private static Map<String, String> inputHashes(DataSource source) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String file : BundledDataset.FILES) {
            source.read(file).ifPresent(bytes -> hashes.put(file, Manifest.sha256(bytes)));
        }
        return hashes;
    }
}
