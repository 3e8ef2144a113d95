package org.swcplan.cli.command;

import org.swcplan.cli.UsageMessages;
import org.swcplan.model.outlook.RegionForecaster;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.swcplan.cli.ExitCode;
import org.swcplan.cli.Progress;
import org.swcplan.cli.UsageError;
import org.swcplan.datasets.DatasetReader;
import org.swcplan.reports.DataNote;
import org.swcplan.datasets.benchmark.SeriesFile;
import org.swcplan.datasets.benchmark.SubmittedForecastsFile;
import org.swcplan.model.forecast.ForecastMethod;
import org.swcplan.model.forecast.ForecastMethods;
import org.swcplan.model.forecast.TimeSeries;
import org.swcplan.model.forecast.accuracy.Backtest;
import org.swcplan.model.forecast.accuracy.BacktestSettings;
import org.swcplan.model.forecast.accuracy.MethodScore;
import org.swcplan.model.forecast.accuracy.RollingOrigins;
import org.swcplan.model.outlook.CountySeries;
import org.swcplan.reports.backtest.BacktestOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code swc backtest}: held-out accuracy and interval coverage of the forecasting methods. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Measure the forecasting methods on held-out data: sMAPE, MASE, OWA (relative to naive) "
                + "and the coverage and mean scaled width (width / MASE scale) of the 80 %% and 95 %% intervals.",
            "Without --series: the dataset's county erosion areas, at every origin that leaves 4 years to fit. "
                + "With --series: an M-competition style file (series_id, category, value, timestamp), the last "
                + "H values of each series held out. With --submitted: score forecasts made elsewhere instead."})
public final class BacktestCommand extends ResultCommand {
    /** The shortest history a dataset backtest case keeps for fitting. */
    static final int DATASET_MIN_TRAIN = 4;

    @Option(names = "--series", paramLabel = "FILE", description = "Series in the M-competition long layout.")
    Path seriesFile;

    @Option(names = "--submitted", paramLabel = "FILE",
            description = "Forecasts to score (series_id, method_id, forecast, horizon); needs --series.")
    Path submittedFile;

    @Option(names = "--horizon", paramLabel = "H",
            description = "Values held out per series (default: 6 with --series, 2 on the dataset).")
    Integer horizon;

    @Option(names = "--methods", paramLabel = "M,M…", split = ",",
            description = "Methods to run (default: all): ${COMPLETION-CANDIDATES}.", completionCandidates = MethodIds.class)
    List<String> methods;

    @Option(names = "--train-length", paramLabel = "N", defaultValue = "0",
            description = "Fit only the last N training values (0: all; MASE still scales by the whole history).")
    int trainLength;

    @Option(names = "--origin-shift", paramLabel = "N", defaultValue = "0",
            description = "Drop the last N values first, moving the forecast origin N years earlier.")
    int originShift;

    @Option(names = "--paths", paramLabel = "N", defaultValue = "1000",
            description = "Sample paths per series for the intervals (default: ${DEFAULT-VALUE}).")
    int paths;

    @Mixin
    SeedOption seedOption;

    @Override
    public Integer call() throws Exception {
        if (horizon != null) {
            OptionBounds.require(spec, "--horizon", horizon, 1, OptionBounds.MAX_HORIZON);
        }
        OptionBounds.require(spec, "--paths", paths, 1, RegionForecaster.Settings.MAX_PATHS);
        OptionBounds.require(spec, "--train-length", trainLength, 0, OptionBounds.MAX_SERIES_SHIFT);
        OptionBounds.require(spec, "--origin-shift", originShift, 0, OptionBounds.MAX_SERIES_SHIFT);
        List<MethodScore> scores;
        String description;
        DataNote note = new DataNote(seriesFile == null ? "" : seriesFile.toString(), false);
        if (submittedFile != null) {
            if (seriesFile == null) {
                throw UsageMessages.error(spec, "submittedNeedsSeries");
            }
            int h = horizon != null ? horizon : 6;
            if (h < 1) {
                throw UsageMessages.error(spec, "atLeast", "--horizon", "1");
            }
            List<TimeSeries> series = SeriesFile.read(seriesFile.toString(), InputFiles.read(spec, seriesFile));
            Map<String, Map<String, double[]>> submitted =
                    SubmittedForecastsFile.read(submittedFile.toString(), InputFiles.read(spec, submittedFile));
            if (submitted.isEmpty()) {
                throw UsageMessages.error(spec, "noForecasts", submittedFile);
            }
            String naive = submitted.containsKey("NAIVE2") ? "NAIVE2" : submitted.keySet().iterator().next();
            scores = Backtest.scoreSubmitted(series, submitted, h, naive);
            description = "forecasts in " + submittedFile + " against " + seriesFile + ", h = " + h + ", OWA relative to "
                    + naive;
        } else {
            List<ForecastMethod> chosen = methods == null ? ForecastMethods.all() : MethodIds.resolveAll(spec, methods);
            List<TimeSeries> series;
            int h;
            if (seriesFile != null) {
                h = horizon != null ? horizon : 6;
                series = SeriesFile.read(seriesFile.toString(), InputFiles.read(spec, seriesFile));
                description = seriesFile + ", last " + h + " values held out";
            } else {
                h = horizon != null ? horizon : 2;
                DatasetReader.Loaded loaded = load();
                note = data.note(loaded);
                series = RollingOrigins.expand(CountySeries.erosionKm2(loaded.dataset()), h, DATASET_MIN_TRAIN);
                description = "county erosion areas (km²) of " + data.source().describe() + ", rolling origins, h = " + h;
            }
            BacktestSettings settings = settings(h);
            description += (trainLength > 0 ? ", last " + trainLength + " training values" : "")
                    + (originShift > 0 ? ", origin " + originShift + " years earlier" : "");
            Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "backtest", series.size(), root.global());
            scores = Backtest.run(series, chosen, settings, progress);
            progress.finish();
        }
        emit(BacktestOutput.result(scores, description, note));
        return ExitCode.OK.code();
    }

    private BacktestSettings settings(int h) {
        return UsageError.from(spec, () -> new BacktestSettings(h, trainLength, originShift, paths, seedOption.seed()));
    }

}
