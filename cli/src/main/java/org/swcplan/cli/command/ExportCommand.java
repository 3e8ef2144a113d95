package org.swcplan.cli.command;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.swcplan.cli.DataOptions;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.SwcCommand;
import org.swcplan.cli.UsageError;
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
import org.swcplan.reports.status.StatusCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swc export}: CSV for statisticians' spreadsheets. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write CSV for spreadsheet programs: UTF-8 with BOM (default), UTF-8 or GBK; English or Chinese "
                + "headers; text that a spreadsheet would run as a formula neutralised with a leading apostrophe.")
public final class ExportCommand implements Callable<Integer> {
    /** What can be exported. */
    enum What { STATUS, MONITORING, TREATMENT, FORECAST, GAP, ALLOCATION }

    @Spec
    CommandSpec spec;

    @ParentCommand
    SwcCommand root;

    @Mixin
    DataOptions data;

    @Option(names = "--kind", paramLabel = "K", required = true,
            description = "status, monitoring, treatment, forecast, gap or allocation.")
    What what;

    @Option(names = "--encoding", paramLabel = "E", defaultValue = "utf-8-bom",
            description = "utf-8-bom (default, for Excel), utf-8 or gbk.")
    String encoding;

    @Option(names = "--headers", paramLabel = "LANG", defaultValue = "en", description = "en (default) or zh.")
    String headers;

    @Option(names = "--milestone", paramLabel = "Y", description = "For allocation: the milestone (default: 2030 or the first).")
    Integer milestone;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    @Mixin
    VerdictOptions verdicts;

    @Override
    public Integer call() throws Exception {
        Exporter.Encoding chosenEncoding;
        Exporter.HeaderLanguage headerLanguage;
        try {
            chosenEncoding = Exporter.Encoding.fromName(encoding);
            headerLanguage = Exporter.HeaderLanguage.valueOf(headers.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoding utf-8-bom|utf-8|gbk, --headers en|zh");
        }
        VerdictThresholds thresholds = verdicts.thresholds(spec);
        Dataset dataset = data.load(root.global()).dataset();
        String csv = UsageError.from(spec, () -> csv(dataset, thresholds));
        AtomicFiles.write(output, Exporter.encode(csv, chosenEncoding, headerLanguage, output.toString()));
        return ExitCode.OK.code();
    }

    private String csv(Dataset dataset, VerdictThresholds thresholds) throws Exception {
        StringWriter out = new StringWriter();
        switch (what) {
            case STATUS -> StatusCsv.write(StandingAnalysis.of(dataset, dataset.requireLatestCompleteYear()), out);
            case MONITORING -> out.write(CanonicalCsv.text(Kinds.MONITORING, dataset.monitoring()));
            case TREATMENT -> out.write(CanonicalCsv.text(Kinds.TREATMENT, dataset.treatment()));
            case FORECAST -> ForecastOutput.csv(ForecastRow.of(study(dataset, thresholds).outlook(), dataset, s -> true,
                    false), out);
            case GAP -> GapOutput.csv(study(dataset, thresholds).rows(), out);
            default -> {
                List<Target> targets = dataset.targets(Scope.CITY, TargetIndicator.SWC_RATE_PCT);
                Target target = targets.stream().filter(t -> milestone == null ? t.year() == 2030 : t.year() == milestone)
                        .findFirst().or(() -> milestone == null ? targets.stream().findFirst() : Optional.empty())
                        .orElseThrow(() -> new IllegalArgumentException("no city target for --milestone " + milestone));
                AllocationOutput.csv(Allocator.allocate(dataset, study(dataset, thresholds).projection(), target.year(),
                        target.value(), AllocationMethod.LEAST_COST), out);
            }
        }
        return out.toString();
    }

    /** Every milestone the gap report covers: passed ones assessed, the others forecast. */
    private static GapAnalysis.Study study(Dataset dataset, VerdictThresholds thresholds) {
        return GapAnalysis.study(dataset, ForecastMethods.auto(), RegionForecaster.Settings.DEFAULT_SEED,
                KSource.CALIBRATED, GapAnalysis.reportedMilestones(dataset), thresholds);
    }
}
